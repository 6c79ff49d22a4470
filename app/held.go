package app

// releaseWhenBoth lets go what was held until both partners had answered
// (a check-in's answers, a presence rating): for each held item, bothOf
// says whether both have now answered its key (its week, its occasion),
// read once a key, and share writes the item for the other computer too.
// It reports how many it let go.
func releaseWhenBoth[T any, K comparable](held []T, keyOf func(T) K, bothOf func(K) (bool, error), share func(T) error) (int, error) {
	both := map[K]bool{}
	n := 0
	for _, item := range held {
		key := keyOf(item)
		b, ok := both[key]
		if !ok {
			var err error
			if b, err = bothOf(key); err != nil {
				return n, err
			}
			both[key] = b
		}
		if !b {
			continue
		}
		if err := share(item); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
