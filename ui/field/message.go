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

// NamedError is a refused value with the name of its field, for messages
// shown away from the field (the status line, under a table).
type NamedError struct {
	Field string
	Err   error
}

func (e *NamedError) Error() string { return e.Field + ": " + message(e.Err) }
func (e *NamedError) Unwrap() error { return e.Err }

// Named gives err the field's name; without a name err stays as it is.
func Named(field string, err error) error {
	if field == "" || err == nil {
		return err
	}
	return &NamedError{Field: field, Err: err}
}
