//! Any bytes, and documents built from them, measured before applying
//! (`hubdesk_shared::fuzzing::measure`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| hubdesk_shared::fuzzing::measure(data));
