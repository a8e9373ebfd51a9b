//! What a sync message's changes would cost to apply, read before they are applied.
//!
//! A small compressed message can carry millions of operations (a 7 MiB string set in one
//! change compresses to almost nothing), and applying them is what costs. So the chunks a
//! message carries are read here without applying anything: each chunk's header, the layout of
//! its operation columns, and the run-length encoded column of operation kinds, whose rows are
//! counted without decoding the operations themselves. Compressed chunks and compressed columns
//! are inflated only up to what is left of a byte budget. The cost of reading is linear in the
//! bytes received, whatever they hold.
//!
//! The layouts are automerge's binary format (chunk header; change and document chunks; column
//! specifications with their deflate flag). A chunk this cannot read is not refused here:
//! automerge itself refuses it when it is applied, which then costs nothing either.

use std::io::Read;

/// What reading found: operations to apply and bytes once inflated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cost {
    pub ops: u64,
    pub inflated_bytes: u64,
}

/// The most a message may cost; reading stops as soon as either is passed.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    pub ops: u64,
    pub inflated_bytes: u64,
}

/// Why a message's changes were not measured to the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Over {
    /// More operations than the budget.
    Ops,
    /// More bytes, once inflated, than the budget.
    Bytes,
}

const MAGIC: [u8; 4] = [0x85, 0x6f, 0x4a, 0x83];
const DOCUMENT: u8 = 0;
const CHANGE: u8 = 1;
const COMPRESSED_CHANGE: u8 = 2;
/// A column's specification: its id in the high bits, a deflate flag, and a 3-bit type.
const DEFLATE: u64 = 0b1000;
/// The operations' action column: id 4, an integer column.
const ACTION: u64 = (4 << 4) | 2;

/// Measures the chunks of one sync message (`message.changes`) against `budget`.
pub fn measure<'a>(
    chunks: impl IntoIterator<Item = &'a [u8]>,
    budget: Budget,
) -> Result<Cost, Over> {
    let mut cost = Cost::default();
    for data in chunks {
        cost.inflated_bytes += data.len() as u64;
        let mut input = Input(data);
        while !input.0.is_empty() {
            let Some((kind, body)) = input.chunk() else {
                break;
            };
            match kind {
                CHANGE => change(body, &mut cost, budget)?,
                COMPRESSED_CHANGE => {
                    let inflated = inflate(body, &mut cost, budget)?;
                    change(&inflated, &mut cost, budget)?;
                }
                DOCUMENT => document(body, &mut cost, budget)?,
                // Anything else is automerge's to refuse.
                _ => {}
            }
            check(cost, budget)?;
        }
    }
    check(cost, budget)?;
    Ok(cost)
}

fn check(cost: Cost, budget: Budget) -> Result<(), Over> {
    if cost.ops > budget.ops {
        return Err(Over::Ops);
    }
    if cost.inflated_bytes > budget.inflated_bytes {
        return Err(Over::Bytes);
    }
    Ok(())
}

/// Inflates `data`, refusing as soon as the budget's bytes would be passed.
fn inflate(data: &[u8], cost: &mut Cost, budget: Budget) -> Result<Vec<u8>, Over> {
    let room = budget.inflated_bytes.saturating_sub(cost.inflated_bytes);
    let mut out = Vec::new();
    let read = flate2::read::DeflateDecoder::new(data)
        .take(room.saturating_add(1))
        .read_to_end(&mut out);
    // Bytes that do not inflate are automerge's to refuse.
    if read.is_err() {
        return Ok(Vec::new());
    }
    cost.inflated_bytes += out.len() as u64;
    check(*cost, budget)?;
    Ok(out)
}

/// A change chunk's body: its header fields, then its operation columns (never deflated).
fn change(body: &[u8], cost: &mut Cost, budget: Budget) -> Result<(), Over> {
    let mut input = Input(body);
    let columns = (|| {
        let deps = input.uleb()?;
        input.skip(deps.checked_mul(32)?)?;
        input.bytes()?; // actor
        input.uleb()?; // seq
        input.uleb()?; // start op
        input.sleb()?; // time
        input.bytes()?; // message
        let others = input.uleb()?;
        for _ in 0..others {
            input.bytes()?;
        }
        input.columns()
    })();
    let Some(columns) = columns else {
        return Ok(());
    };
    for (spec, data) in input.column_data(&columns) {
        if spec == ACTION {
            cost.ops += rle_rows(data);
            check(*cost, budget)?;
        }
    }
    Ok(())
}

/// A document chunk's body: actors, heads, the change and operation columns' layouts, then
/// their data, any of which may be deflated.
fn document(body: &[u8], cost: &mut Cost, budget: Budget) -> Result<(), Over> {
    let mut input = Input(body);
    let layouts = (|| {
        let actors = input.uleb()?;
        for _ in 0..actors {
            input.bytes()?;
        }
        let heads = input.uleb()?;
        input.skip(heads.checked_mul(32)?)?;
        let changes = input.columns()?;
        let ops = input.columns()?;
        Some((changes, ops))
    })();
    let Some((changes, ops)) = layouts else {
        return Ok(());
    };
    for (spec, data) in input.column_data(&changes) {
        if spec & DEFLATE != 0 {
            inflate(data, cost, budget)?;
        }
    }
    for (spec, data) in input.column_data(&ops) {
        let plain;
        let data = if spec & DEFLATE != 0 {
            plain = inflate(data, cost, budget)?;
            plain.as_slice()
        } else {
            data
        };
        if spec & !DEFLATE == ACTION {
            cost.ops += rle_rows(data);
            check(*cost, budget)?;
        }
    }
    Ok(())
}

/// The rows of a run-length encoded integer column: runs of one value (a positive count and the
/// value), literal runs (a negative count and that many values), and null runs (zero and a
/// count).
fn rle_rows(data: &[u8]) -> u64 {
    let mut input = Input(data);
    let mut rows: u64 = 0;
    while !input.0.is_empty() {
        let Some(count) = input.sleb() else {
            return rows;
        };
        let step = match count {
            0 => input.uleb(),
            n if n > 0 => input.uleb().map(|_| n.unsigned_abs()),
            n => {
                let literals = n.unsigned_abs();
                (0..literals)
                    .try_for_each(|_| input.uleb().map(|_| ()))
                    .map(|()| literals)
            }
        };
        let Some(step) = step else {
            return rows;
        };
        rows = rows.saturating_add(step);
    }
    rows
}

/// Bytes being read; every read fails (`None`) rather than panics on short input.
struct Input<'a>(&'a [u8]);

impl<'a> Input<'a> {
    fn take(&mut self, n: u64) -> Option<&'a [u8]> {
        let n = usize::try_from(n).ok()?;
        if n > self.0.len() {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }

    fn skip(&mut self, n: u64) -> Option<()> {
        self.take(n).map(|_| ())
    }

    fn byte(&mut self) -> Option<u8> {
        self.take(1).map(|b| b[0])
    }

    fn uleb(&mut self) -> Option<u64> {
        let mut value: u64 = 0;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f).checked_shl(shift)?;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    fn sleb(&mut self) -> Option<i64> {
        let mut value: i64 = 0;
        let mut shift = 0;
        loop {
            let byte = self.byte()?;
            if shift < 64 {
                value |= i64::from(byte & 0x7f) << shift;
            }
            shift += 7;
            if byte & 0x80 == 0 {
                if shift < 64 && byte & 0x40 != 0 {
                    value |= -1i64 << shift;
                }
                return Some(value);
            }
            if shift > 70 {
                return None;
            }
        }
    }

    /// A length-prefixed run of bytes.
    fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = self.uleb()?;
        self.take(n)
    }

    /// One chunk: its type and its body.
    fn chunk(&mut self) -> Option<(u8, &'a [u8])> {
        if self.take(4)? != MAGIC {
            return None;
        }
        self.skip(4)?; // checksum
        let kind = self.byte()?;
        let body = self.bytes()?;
        Some((kind, body))
    }

    /// A column layout: how many columns, then each one's specification and length.
    fn columns(&mut self) -> Option<Vec<(u64, u64)>> {
        let n = self.uleb()?;
        let mut columns = Vec::new();
        for _ in 0..n {
            let spec = self.uleb()?;
            let len = self.uleb()?;
            columns.push((spec, len));
            // A layout cannot list more columns than there are bytes to hold them.
            if columns.len() > self.0.len() + 1 {
                return None;
            }
        }
        Some(columns)
    }

    /// The data of each column of `layout`, in order, as far as the input holds it.
    fn column_data(&mut self, layout: &[(u64, u64)]) -> Vec<(u64, &'a [u8])> {
        let mut data = Vec::with_capacity(layout.len());
        for (spec, len) in layout {
            let Some(bytes) = self.take(*len) else {
                break;
            };
            data.push((*spec, bytes));
        }
        data
    }
}

#[cfg(test)]
mod tests {
    use automerge::transaction::Transactable;
    use automerge::{Automerge, ObjType, ROOT};

    use super::*;

    const ROOMY: Budget = Budget {
        ops: u64::MAX,
        inflated_bytes: u64::MAX,
    };

    fn text_doc(chars: usize) -> Automerge {
        let mut doc = Automerge::new();
        let mut tx = doc.transaction();
        let text = tx
            .put_object(ROOT, "description", ObjType::Text)
            .expect("an object");
        tx.splice_text(&text, 0, 0, &"a".repeat(chars))
            .expect("text");
        tx.put(ROOT, "title", "Ward plan").expect("a value");
        tx.commit();
        doc
    }

    #[test]
    fn a_change_is_counted_by_its_operations_compressed_or_not() {
        for chars in [3, 5_000, 300_000] {
            let doc = text_doc(chars);
            let mut change = doc.get_changes(&[]).pop().expect("one change");
            let expected = change.len() as u64;
            let plain = measure([change.raw_bytes()], ROOMY).expect("measured");
            assert_eq!(plain.ops, expected, "{chars} characters");
            let compressed = change.bytes().into_owned();
            let packed = measure([compressed.as_slice()], ROOMY).expect("measured");
            assert_eq!(packed.ops, expected, "{chars} characters, compressed");
        }
    }

    #[test]
    fn a_whole_document_is_counted_by_its_operations() {
        let doc = text_doc(200_000);
        let saved = doc.save();
        let cost = measure([saved.as_slice()], ROOMY).expect("measured");
        // The text object, its characters and the title.
        assert_eq!(cost.ops, 200_002);
        assert!(cost.inflated_bytes >= saved.len() as u64);
    }

    #[test]
    fn millions_of_operations_in_a_small_message_are_over_budget_before_anything_is_applied() {
        let doc = text_doc(2_000_000);
        let mut change = doc.get_changes(&[]).pop().expect("one change");
        let compressed = change.bytes().into_owned();
        assert!(compressed.len() < 1024 * 1024, "it is small");
        let budget = Budget {
            ops: 100_000,
            inflated_bytes: 8 * 1024 * 1024,
        };
        assert_eq!(measure([compressed.as_slice()], budget), Err(Over::Ops));
        let saved = doc.save();
        assert_eq!(measure([saved.as_slice()], budget), Err(Over::Ops));
    }

    #[test]
    fn a_deflate_bomb_is_stopped_at_the_byte_budget() {
        // A compressed-change chunk whose body inflates to 64 MiB of zeros.
        let mut deflater =
            flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        std::io::Write::write_all(&mut deflater, &vec![0u8; 64 * 1024 * 1024]).expect("deflate");
        let body = deflater.finish().expect("deflated");
        let mut chunk = MAGIC.to_vec();
        chunk.extend([0; 4]);
        chunk.push(COMPRESSED_CHANGE);
        let mut len = body.len() as u64;
        loop {
            let byte = (len & 0x7f) as u8;
            len >>= 7;
            if len == 0 {
                chunk.push(byte);
                break;
            }
            chunk.push(byte | 0x80);
        }
        chunk.extend(&body);
        let budget = Budget {
            ops: 100_000,
            inflated_bytes: 1024 * 1024,
        };
        assert_eq!(measure([chunk.as_slice()], budget), Err(Over::Bytes));
    }

    #[test]
    fn garbage_is_left_to_automerge_and_never_panics() {
        for junk in [
            &[][..],
            &[0x85, 0x6f, 0x4a, 0x83][..],
            &[0x85, 0x6f, 0x4a, 0x83, 0, 0, 0, 0, 1, 0xff, 0xff, 0xff][..],
            &[1, 2, 3, 4, 5, 6, 7, 8, 9][..],
        ] {
            assert!(measure([junk], ROOMY).is_ok());
        }
        assert_eq!(rle_rows(&[0x7f]), 0, "a run of -1 with no value");
    }
}
