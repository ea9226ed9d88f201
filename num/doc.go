// Package num owns U128, the unsigned 128-bit integer that every balance and
// amount in the rollup is. Arithmetic reports overflow instead of wrapping.
// It has no dependencies beyond the field element type and never panics.
package num
