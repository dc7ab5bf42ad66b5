package field

import (
	"errors"

	"pianoperformance/model"
)

// message is what a field shows for err. The store's refusal of one value
// says where it is ("territorio, la superficie totale: …"); under the field
// that is the label's job, so only what is wrong is shown. The status line
// still hears the whole message.
func message(err error) string {
	var ve *model.ValidationError
	if errors.As(err, &ve) {
		if d := ve.Dettaglio(); d != "" {
			return d
		}
	}
	return err.Error()
}
