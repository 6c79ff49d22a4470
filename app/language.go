package app

import (
	"context"
	"fmt"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// metaLanguage remembers the language chosen in Settings on this computer
// ("" follows the system): each partner's computer may speak their own.
const metaLanguage = "language"

// Language is the language chosen in Settings, or "" to follow the
// system.
func (s *Service) Language(ctx context.Context) string {
	v, err := s.store.Meta(ctx, metaLanguage)
	if err != nil {
		return ""
	}
	return v
}

// SetLanguage keeps the language chosen in Settings: one of
// i18n.Languages' tags, or "" to follow the system.
func (s *Service) SetLanguage(ctx context.Context, tag string) error {
	if tag != "" && !knownLanguage(tag) {
		return model.Invalid("language", "ui.model.languageUnknown", "Language", fmt.Sprintf("%q", tag))
	}
	return s.store.SetMeta(ctx, metaLanguage, tag)
}

func knownLanguage(tag string) bool {
	for _, l := range i18n.Languages {
		if l.Tag == tag {
			return true
		}
	}
	return false
}

// Translator is the language surface speaks on this computer: the
// command line's --lang, else $VENN_LANG, else the setting, else the
// system's, as soon as that language is complete for the surface;
// otherwise English.
func (s *Service) Translator(ctx context.Context, surface i18n.Surface) *i18n.Tr {
	return i18n.Choose(surface, s.lang, s.Language(ctx))
}
