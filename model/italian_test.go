package model

import (
	"testing"
	"time"
)

func TestFormatNumber(t *testing.T) {
	cases := []struct {
		f    float64
		dec  int
		want string
	}{
		{1363.18, 2, "1.363,18"}, {5141, 0, "5.141"}, {-8, 0, "-8"}, {3.8, 2, "3,80"},
		{1234567.891, 1, "1.234.567,9"}, {-0.001, 2, "0,00"}, {0, 0, "0"}, {999, 0, "999"}, {-1000, 0, "-1.000"},
	}
	for _, c := range cases {
		if got := FormatNumber(c.f, c.dec); got != c.want {
			t.Errorf("FormatNumber(%v,%d) = %q, want %q", c.f, c.dec, got, c.want)
		}
	}
}

func TestParseNumber(t *testing.T) {
	ok := map[string]float64{
		"1.363,18": 1363.18, "1363,18": 1363.18, " 3,80 ": 3.8, "3.80": 3.8, "-8": -8, "− 50": -50,
		"5.141": 5141, "1.234.567": 1234567, "0.5": 0.5, "2,5": 2.5, "7": 7,
	}
	for in, want := range ok {
		got, err := ParseNumber(in)
		if err != nil || got != want {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "abc", "12,3,4", "1,2.3", "NaN", "Inf", "3 4x"} {
		if _, err := ParseNumber(bad); err == nil {
			t.Errorf("ParseNumber(%q) accepted", bad)
		}
	}
	if _, err := ParseInt("2,5"); err == nil {
		t.Error("ParseInt accepted a fraction")
	}
	if n, err := ParseInt("5.141"); err != nil || n != 5141 {
		t.Errorf("ParseInt(5.141) = %d, %v", n, err)
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]Date{
		"31/12/2023": MustDate(2023, time.December, 31), "31.12.2023": MustDate(2023, time.December, 31),
		"1-3-2022": MustDate(2022, time.March, 1), "2023-06-30": MustDate(2023, time.June, 30), "5/1/24": MustDate(2024, time.January, 5),
	} {
		got, err := ParseDate(in)
		if err != nil || got != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"31/02/2023", "2023", "aa/bb/cccc", "", "32/01/2023", "29/02/2023"} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) accepted", bad)
		}
	}
	if s := MustDate(2023, time.December, 31).String(); s != "31/12/2023" {
		t.Errorf("String = %q", s)
	}
}

func TestDateJSON(t *testing.T) {
	d := MustDate(2022, time.March, 16)
	b, _ := d.MarshalJSON()
	if string(b) != `"2022-03-16"` {
		t.Fatalf("marshal %s", b)
	}
	var e Date
	if err := e.UnmarshalJSON(b); err != nil || e != d {
		t.Fatalf("unmarshal %v %v", e, err)
	}
	if err := e.UnmarshalJSON([]byte(`"2022-02-30"`)); err == nil {
		t.Fatal("impossible date accepted")
	}
}
