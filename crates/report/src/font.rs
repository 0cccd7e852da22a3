//! Embedding a font in the HTML: the host's CJK font (the bundled OFL Noto Sans SC subset)
//! cut down with allsorts to the glyphs the report actually uses, as a base64 `data:` URL,
//! so that Chinese shows the same on a machine without Chinese fonts and nothing is fetched.

use std::collections::BTreeSet;

use allsorts::binary::read::ReadScope;
use allsorts::font::MatchingPresentation;
use allsorts::font_data::FontData;
use allsorts::subset::{CmapTarget, SubsetProfile, subset};

/// An OpenType font holding only the glyphs of `chars` that `font` has, with a Unicode cmap
/// (browsers reject fonts without one). `None` when the font cannot be read or subset; the
/// report then relies on the CSS font stack alone.
pub(crate) fn subset_font(font: &[u8], chars: &BTreeSet<char>) -> Option<Vec<u8>> {
    let data = ReadScope::new(font).read::<FontData<'_>>().ok()?;
    let provider = data.table_provider(0).ok()?;
    let mut parsed = allsorts::Font::new(provider).ok()?;
    // Glyph 0 (.notdef) must come first; the rest in any order, without duplicates.
    let mut glyphs: BTreeSet<u16> = BTreeSet::new();
    for ch in chars {
        let (glyph, _) = parsed.lookup_glyph_index(*ch, MatchingPresentation::NotRequired, None);
        if glyph != 0 {
            glyphs.insert(glyph);
        }
    }
    if glyphs.is_empty() {
        return None;
    }
    let ids: Vec<u16> = std::iter::once(0).chain(glyphs).collect();
    subset(
        &parsed.font_table_provider,
        &ids,
        &SubsetProfile::Minimal,
        CmapTarget::Unicode,
    )
    .ok()
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding (RFC 4648 §4).
pub(crate) fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(BASE64[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::base64;

    #[test]
    fn base64_matches_the_rfc_test_vectors() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
    }
}
