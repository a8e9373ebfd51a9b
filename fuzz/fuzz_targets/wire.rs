//! Any bytes through the automerge-repo protocol decoder (`hubdesk_shared::fuzzing::wire`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| hubdesk_shared::fuzzing::wire(data));
