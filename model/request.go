package model

import (
	"strings"
	"unicode/utf8"
)

// Request is one partner's need and what they propose to meet it ("I need
// two hours alone after work; I propose: then a movie together"), and the
// other partner's answer.
type Request struct {
	ID       string
	FromID   string
	Day      Date
	Need     string
	Proposal string
	Reply    Reply
	// Counter is the answering partner's counter-proposal (when Reply is
	// ReplyCounter, or an agreed counter-proposal).
	Counter    string
	AnsweredOn Date
	// Became says what an agreed request was turned into: calendar blocks,
	// a ritual, an agreement, or nothing yet.
	Became Outcome
}

// Reply is how the partner answered a request.
type Reply string

// The replies to a request.
const (
	ReplyOpen    Reply = ""        // not answered yet
	ReplyAgree   Reply = "agree"   // yes, as proposed (or as counter-proposed)
	ReplyCounter Reply = "counter" // here is what I can offer instead
	ReplyTalk    Reply = "talk"    // let's talk about it
)

// Outcome is what an agreed request became.
type Outcome string

// What an agreed request can become in one step.
const (
	BecameNothing   Outcome = ""
	BecameBlocks    Outcome = "blocks"
	BecameRitual    Outcome = "ritual"
	BecameAgreement Outcome = "agreement"
)

// Words say an answer as the screens and the summary do.
func (a Reply) Words() string {
	switch a {
	case ReplyAgree:
		return "agreed"
	case ReplyCounter:
		return "counter-proposed"
	case ReplyTalk:
		return "to talk about"
	}
	return "waiting for an answer"
}

// Agreed is what the couple agreed to: the counter-proposal when there was
// one, the proposal otherwise.
func (r Request) Agreed() string {
	if strings.TrimSpace(r.Counter) != "" {
		return r.Counter
	}
	if strings.TrimSpace(r.Proposal) != "" {
		return r.Proposal
	}
	return r.Need
}

// MaxRequestLen bounds a need, a proposal or a counter-proposal.
const MaxRequestLen = 500

// Validate checks a request.
func (r Request) Validate() error {
	if strings.TrimSpace(r.Need) == "" {
		return invalid("need", "ui.model.needEmpty")
	}
	for _, s := range []string{r.Need, r.Proposal, r.Counter} {
		if utf8.RuneCountInString(s) > MaxRequestLen {
			return invalid("need", "ui.model.needTooLong", "Max", MaxRequestLen)
		}
	}
	if r.FromID == "" {
		return invalid("partner", "ui.model.requestWhose")
	}
	if !validDay(r.Day) {
		return invalid("day", "ui.model.requestDay")
	}
	switch r.Reply {
	case ReplyOpen, ReplyAgree, ReplyTalk:
	case ReplyCounter:
		if strings.TrimSpace(r.Counter) == "" {
			return invalid("counter", "ui.model.counterEmpty")
		}
	default:
		return invalid("answer", "ui.model.answerUnknown", "Answer", quoted(string(r.Reply)))
	}
	switch r.Became {
	case BecameNothing, BecameBlocks, BecameRitual, BecameAgreement:
	default:
		return invalid("became", "ui.model.outcomeUnknown", "Outcome", quoted(string(r.Became)))
	}
	return nil
}

// Agreement is one of the couple's agreed boundaries, phrased as a request
// ("We ask each other not to check work mail at dinner"), with the day it
// was agreed and when to look at it again.
type Agreement struct {
	ID      string
	Text    string
	Agreed  Date
	Revisit Date // zero: no date to look at it again
	// RequestID is the request it came from, if any.
	RequestID string
}

// MaxAgreementLen bounds an agreement's words.
const MaxAgreementLen = 300

// Validate checks an agreement.
func (a Agreement) Validate() error {
	text := strings.TrimSpace(a.Text)
	if text == "" {
		return invalid("text", "ui.model.agreementEmpty")
	}
	if utf8.RuneCountInString(text) > MaxAgreementLen {
		return invalid("text", "ui.model.agreementTooLong", "Max", MaxAgreementLen)
	}
	if !validDay(a.Agreed) {
		return invalid("agreed", "ui.model.agreementDay")
	}
	if !a.Revisit.IsZero() && (!validDay(a.Revisit) || a.Revisit.Before(a.Agreed)) {
		return invalid("revisit", "ui.model.agreementRevisit")
	}
	return nil
}

// DueForRevisit reports whether the agreement's revisit day has come.
func (a Agreement) DueForRevisit(today Date) bool {
	return !a.Revisit.IsZero() && !today.Before(a.Revisit)
}
