// Package node builds and runs the components that --components names
// (api, sequencer) with one lifecycle: open the stores, start in order,
// stop in reverse on the first interrupt. Its configuration has its
// defaults in one place (Default), overridden by a TOML file, then
// ZKROLLUP_* environment variables, then flags.
package node
