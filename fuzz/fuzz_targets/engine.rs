//! The server engine fed arbitrary message sequences from several peers
//! (`hubdesk_shared::fuzzing::engine`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| hubdesk_shared::fuzzing::engine(data));
