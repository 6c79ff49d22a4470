package guessing

import (
	"strings"

	"github.com/trustelem/zxcvbn/adjacency"
	"github.com/trustelem/zxcvbn/match"
)

// keyboards are the layouts walked, in the order they are tried.
var keyboards = []string{"qwerty", "dvorak", "keypad", "mac_keypad"}

// shiftedKeys are the characters typed with shift on qwerty and dvorak.
const shiftedKeys = `~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:"ZXCVBNM<>?`

// spatialMatches finds runs of three or more neighbouring keys
// ("qwerty", "zxcvbn", "7896"), counting their turns and shifted keys.
func spatialMatches(password string) []*match.Match {
	var out []*match.Match
	for _, name := range keyboards {
		if g := adjacency.Graphs[name]; g != nil && g.Graph != nil {
			out = append(out, keyWalks(password, g)...)
		}
	}
	match.Sort(out)
	return out
}

func keyWalks(password string, g *adjacency.Graph) []*match.Match {
	var out []*match.Match
	shiftable := g.Name == "qwerty" || g.Name == "dvorak"
	for i := 0; i < len(password)-1; {
		j, turns, shifted := walk(password, i, g.Graph)
		if shiftable && strings.IndexByte(shiftedKeys, password[i]) >= 0 {
			shifted++
		}
		if j-i > 2 {
			out = append(out, &match.Match{
				Pattern: "spatial", I: i, J: j - 1, Token: password[i:j],
				Graph: g.Name, Turns: turns, ShiftedCount: shifted,
			})
		}
		i = j
	}
	return out
}

// walk follows neighbouring keys from password[i], byte by byte, and
// returns where the walk stops, its turns (changes of direction, the
// first step counting as one) and its steps onto a shifted key.
func walk(password string, i int, graph map[string][]string) (end, turns, shifted int) {
	j, last := i+1, -1
	for ; j < len(password); j++ {
		dir, pos := neighbour(graph[string(rune(password[j-1]))], password[j])
		if dir < 0 {
			break
		}
		if pos == 1 {
			shifted++
		}
		if dir != last {
			turns++
			last = dir
		}
	}
	return j, turns, shifted
}

// neighbour says in which direction of a key's neighbours c lies, and
// whether it is the neighbour's unshifted (0) or shifted (1) character.
func neighbour(neighbours []string, c byte) (dir, pos int) {
	for d, keys := range neighbours {
		if p := strings.Index(keys, string(rune(c))); p != -1 {
			return d, p
		}
	}
	return -1, -1
}
