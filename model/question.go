package model

// Depth says how much an open question asks of the couple: a light one
// for a Tuesday dinner, a deep one for a quiet evening.
type Depth string

// Depths of open questions.
const (
	DepthLight Depth = "light"
	DepthDeep  Depth = "deep"
)

// Question is one card of the couple's deck of open-ended questions to ask
// each other, drawn in a check-in or a session.
type Question = Item[Depth]

func (d Depth) item() (string, string, bool) {
	return "question", "a question", d == DepthLight || d == DepthDeep
}

// DefaultQuestions are the starter deck, written for Venn: open questions
// that invite a story rather than a yes or no.
var DefaultQuestions = []DefaultItem[Depth]{
	{"small-joy", "What small thing made you smile this week, that I might not know about?", DepthLight},
	{"perfect-saturday", "What would a perfect Saturday on your own look like right now?", DepthLight},
	{"learn-next", "What would you love to learn if time and money were no object?", DepthLight},
	{"place-return", "Which place would you go back to, and who would you be there?", DepthLight},
	{"recent-laugh", "When did we last laugh so hard we could not stop — what made it funny?", DepthLight},
	{"friend-miss", "Which friend have you been missing, and what would you do together?", DepthLight},
	{"childhood-game", "What did you play as a child that you still think about?", DepthLight},
	{"proud-quiet", "What are you quietly proud of that nobody has noticed yet?", DepthLight},
	{"energy-drain", "What took more energy from you this month than it deserved?", DepthDeep},
	{"feel-seen", "When did you last feel really seen by me? What did I do?", DepthDeep},
	{"own-space", "Where in your life do you want more room to be just yourself?", DepthDeep},
	{"together-more", "What would you like us to do together more often — and less often?", DepthDeep},
	{"dream-shelved", "Is there a dream you put on the shelf for us? Would you take it down again?", DepthDeep},
	{"support-best", "How do you like to be supported when you are struggling?", DepthDeep},
	{"five-years", "Picture us in five years on an ordinary Wednesday: what do you see?", DepthDeep},
	{"family-carry", "What did you learn about love from your family that you want to keep — or leave?", DepthDeep},
	{"fear-us", "What worries you about us that is hard to say out loud?", DepthDeep},
	{"grown-apart", "In what way have you grown this year that I might have missed?", DepthDeep},
}

// DrawQuestion picks the card at position n (a random number from the
// caller) among the live questions of the depth asked for ("" for any),
// skipping the one drawn last; ok is false when the deck has none.
func DrawQuestion(deck []Question, depth Depth, lastID string, n int) (Question, bool) {
	var live []Question
	for _, q := range deck {
		if !q.Retired && (depth == "" || q.Kind == depth) && q.ID != lastID {
			live = append(live, q)
		}
	}
	if len(live) == 0 {
		for _, q := range deck {
			if q.ID == lastID && !q.Retired && (depth == "" || q.Kind == depth) {
				return q, true // the only card of its kind
			}
		}
		return Question{}, false
	}
	if n < 0 {
		n = -n
	}
	return live[n%len(live)], true
}
