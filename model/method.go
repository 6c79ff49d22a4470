package model

// The method Venn is built on, in Venn's own words: the guide Help › The
// method shows, and the one-line "why" beside each practice where a couple
// first meets it.

// MethodSection is one part of the guide.
type MethodSection struct {
	Key        string
	Title      string
	Why        string // one line, beside the practice
	Paragraphs []string
}

// Keys of the guide's sections, for the "why" beside each practice.
const (
	MethodHeart   = "heart"
	MethodLanes   = "lanes"
	MethodSigns   = "signs"
	MethodNeeds   = "needs"
	MethodRituals = "rituals"
	MethodSolo    = "solo"
	MethodRhythm  = "rhythm"
	MethodHelp    = "help"
)

// Method is the guide, in reading order.
var Method = []MethodSection{
	{Key: MethodHeart, Title: "I can live without you, but I choose not to",
		Why: "Two whole people who choose each other, every week.",
		Paragraphs: []string{
			"Venn is built on one idea: a good relationship is two whole people who choose each other, not two halves that need each other to be complete. “I can live without you, but I choose not to” — each of you has a life of your own, and together you build a third thing, the life you share.",
			"That is interdependence. It sits between two ways couples drift: merging, where one or both of you slowly disappear into the “we”, and drifting apart, where you live side by side and stop building anything together. Neither happens in a day, and both can be turned around by small, regular choices.",
			"Everything in Venn is one of those choices, made visible: what each of you wants for yourself, what you want together, how your time, money and energy are shared out, and how it feels.",
		}},
	{Key: MethodLanes, Title: "Me, you and us: three lanes",
		Why: "Your own goals count as much as your shared ones.",
		Paragraphs: []string{
			"The board has three lanes: one for each of you and one for what you share. The shared lane is not more important than the other two. A couple where only shared goals move is merging; a couple where only the personal lanes move is drifting.",
			"Put in your own lane what you want for yourself — a course, a race, a friendship, a quiet hour. Your partner sees it (unless you keep it private) so they can cheer you on and protect the time it takes. Put in the shared lane what you build together.",
			"The living Venn at the top of Today pictures the three: each circle is one of you, the overlap is your life together, sized by the time (or money, or energy) each really gets.",
		}},
	{Key: MethodSigns, Title: "Enmeshed or distant: the signs",
		Why: "A mirror for the month, never a score.",
		Paragraphs: []string{
			"Once a month each of you looks at the signs of leaning too far either way. Leaning together (enmeshed): dropping your own friends, hobbies or goals; feeling guilty for wanting time to yourself; needing the other to settle every feeling; feeling trapped by constant closeness. Leaning apart (distant): calling it “space” when you mean avoiding; deciding alone what concerns you both; rituals and milestones that stop mattering; feeling lonely next to each other.",
			"There are as many signs on each side, and the gauge shows where you are between them. It is a mirror, not a verdict: a month that leans is a reason to talk, and Venn suggests something small to try for the side you lean away from.",
		}},
	{Key: MethodNeeds, Title: "Three needs of each person",
		Why: "Feeling free, capable and connected — each of you.",
		Paragraphs: []string{
			"People thrive when three needs are met: autonomy (choosing your own way), competence (feeling capable and growing) and relatedness (feeling close to others — your partner, and people of your own). A relationship that feeds all three in both of you is one you both choose to stay in.",
			"The weekly check-in asks about autonomy. Read the answers as information about the week, not about each other.",
		}},
	{Key: MethodRituals, Title: "Rituals of connection",
		Why: "Small, regular moments keep you turned towards each other.",
		Paragraphs: []string{
			"A ritual is something you do on purpose, again and again: coffee together before work, a walk after dinner, a date night a month, a weekend away a quarter. Rituals are how “we” stays alive on busy weeks, without having to plan it every time.",
			"Personal rituals matter too: a long run on Sundays, a class on Tuesdays. Venn tracks how strong each ritual is and never punishes a pause: life has seasons.",
		}},
	{Key: MethodSolo, Title: "Solo time is protected time",
		Why: "Time of your own keeps you a whole person to come home to.",
		Paragraphs: []string{
			"In the calendar each of you has solo time: hours that belong to you alone, booked like any appointment. A joint plan that lands on your partner's solo time gets a gentle warning, the same way you would not book over their dentist.",
			"Solo time is not time away from the relationship. It is what lets each of you bring something back to it.",
		}},
	{Key: MethodRhythm, Title: "The rhythm: week, month, quarter, year",
		Why: "A short look back at regular times, so nothing builds up.",
		Paragraphs: []string{
			"Every week: a check-in of a few questions, ideally on the same evening — what energised you, what you shared that felt good, whether you felt free. Every month: the balance signs and where you stand. Every quarter: a guided session to map your goals for the next three months, and a printed summary to keep. Every year: a longer review of how you are doing as a couple.",
			"Keep them short and kind. The point is to notice early, while a small change is still enough.",
		}},
	{Key: MethodHelp, Title: "Knowing when to get help",
		Why: "Talking to someone is a strength, not a failure.",
		Paragraphs: []string{
			"When a sign stays high for months, when the same argument keeps coming back, or when one of you feels alone with something heavy, talking to a relationship therapist or coach can help — before things are bad, not only after. Many couples go for a few sessions to get unstuck.",
			"Venn says so, calmly, when its signals point that way. It is a suggestion from a notebook, never a diagnosis.",
		}},
}

// MethodOf is the guide's section with key, and whether there is one.
func MethodOf(key string) (MethodSection, bool) {
	for _, s := range Method {
		if s.Key == key {
			return s, true
		}
	}
	return MethodSection{}, false
}
