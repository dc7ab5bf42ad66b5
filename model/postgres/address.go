package postgres

import "pianoperformance/model/address"

// Address is where a plan lives on a server (see package address).
type Address = address.Address

// ParseAddress reads an address; IsAddress tells whether s is one;
// ValidPlanKey checks a plan's name.
var (
	ParseAddress = address.Parse
	IsAddress    = address.Is
	ValidPlanKey = address.ValidPlanKey
)
