package guessing

import "github.com/trustelem/zxcvbn/match"

// maxSequenceStep is the largest step between characters of a sequence.
const maxSequenceStep = 5

// sequenceMatches finds runs whose characters step evenly up or down
// ("abcd", "9753", "aceg"), byte by byte.
func sequenceMatches(password string) []*match.Match {
	var out []*match.Match
	if len(password) == 1 {
		return out
	}
	i, last := 0, 0
	for k := 1; k < len(password); k++ {
		step := int(password[k]) - int(password[k-1])
		if k == 1 {
			last = step
		}
		if step == last {
			continue
		}
		out = appendSequence(out, password, i, k-1, last)
		i, last = k-1, step
	}
	return appendSequence(out, password, i, len(password)-1, last)
}

func appendSequence(out []*match.Match, password string, i, j, step int) []*match.Match {
	size := max(step, -step)
	if (j-i <= 1 && size != 1) || size == 0 || size > maxSequenceStep {
		return out
	}
	token := password[i : j+1]
	name, space := sequenceKind(token)
	return append(out, &match.Match{
		Pattern: "sequence", I: i, J: j, Token: token,
		SequenceName: name, SequenceSpace: space, Ascending: step > 0,
	})
}

// sequenceKind names a sequence's alphabet and its size; anything but
// lower-case letters, capitals or digits counts as a 26-letter alphabet.
func sequenceKind(token string) (string, int) {
	switch {
	case allIn(token, 'a', 'z'):
		return "lower", 26
	case allIn(token, 'A', 'Z'):
		return "upper", 26
	case allIn(token, '0', '9'):
		return "digits", 10
	}
	return "unicode", 26
}

func allIn(s string, lo, hi byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < lo || s[i] > hi {
			return false
		}
	}
	return s != ""
}
