//! The self-contained HTML rendering: inline CSS (screen and A4 print), inline SVG charts, an
//! optional embedded font subset, no scripts and nothing fetched. Every piece of trainee and
//! scenario text goes through [`escape`].

use std::collections::BTreeSet;
use std::fmt::Write;

use crate::model::*;

/// What the HTML rendering may embed.
#[derive(Clone, Copy, Debug, Default)]
pub struct HtmlOptions<'a> {
    /// An OpenType font to embed, cut down to the glyphs the report uses (the host passes the
    /// bundled Noto Sans SC subset). Without it, the CSS font stack alone picks the fonts.
    pub cjk_font: Option<&'a [u8]>,
}

/// Escapes text for HTML element content and for quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    push_escaped(&mut out, text);
    out
}

fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// `text` with the byte ranges in `spans` wrapped in `<tag>`; spans that are not valid ranges
/// of the text are ignored.
fn highlighted(text: &str, spans: &[(usize, usize)], tag: &str) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    let mut from = 0;
    for &(s, e) in spans {
        if s < from || s >= e || text.get(s..e).is_none() || text.get(from..s).is_none() {
            continue;
        }
        push_escaped(&mut out, &text[from..s]);
        let _ = write!(out, "<{tag}>");
        push_escaped(&mut out, &text[s..e]);
        let _ = write!(out, "</{tag}>");
        from = e;
    }
    push_escaped(&mut out, text.get(from..).unwrap_or(""));
    out
}

const CSS: &str = r#"
:root{--ink:#1f2430;--muted:#5b6270;--line:#d9dde3;--soft:#f4f6f8;--accent:#1f77b4;
--p:#2e8b57;--s:#9aa82a;--m:#e08a1e;--u:#c0392b;
--font:"GH Embedded CJK","Noto Sans SC","Noto Sans CJK SC","Source Han Sans SC","Source Han Sans CN","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei","Helvetica Neue",Arial,sans-serif}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--soft);color:var(--ink);font-family:var(--font);font-size:15px;line-height:1.6}
.page{max-width:1060px;margin:0 auto;padding:24px 28px 48px;background:#fff}
header.cover{border-bottom:3px solid var(--accent);padding-bottom:14px;margin-bottom:18px;display:flex;gap:24px;align-items:flex-end;justify-content:space-between}
header.cover h1{margin:0;font-size:28px;line-height:1.25}
header.cover .sub{color:var(--muted);margin:2px 0 6px}
header.cover .scenario{font-size:18px;font-weight:600}
.overall{text-align:center;min-width:150px}
.overall .badge{font-size:44px;width:78px;height:78px;line-height:78px;margin:0 auto}
.overall .num{font-size:20px;font-weight:700}
.overall .desc{font-size:12px;color:var(--muted)}
nav.toc{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:8px 14px;margin:0 0 18px;font-size:14px}
nav.toc ol{margin:4px 0 0;padding-left:22px;columns:2}
nav.toc a{color:var(--accent);text-decoration:none}
h2{font-size:21px;border-bottom:1px solid var(--line);padding-bottom:4px;margin:30px 0 12px}
h3{font-size:16px;margin:18px 0 6px}
p{margin:6px 0}
.muted{color:var(--muted)}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:8px 0}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0}
table{border-collapse:collapse;width:100%;margin:8px 0;font-size:14px}
th,td{border:1px solid var(--line);padding:6px 8px;vertical-align:top;text-align:left}
th{background:var(--soft);font-weight:600}
td.num,th.num{text-align:right;white-space:nowrap}
.badge{display:inline-block;min-width:1.9em;text-align:center;border-radius:6px;color:#fff;font-weight:700;padding:0 6px}
.rating-p{background:var(--p)}.rating-s{background:var(--s)}.rating-m{background:var(--m)}.rating-u{background:var(--u)}.rating-none{background:#9aa0a6}
.bar{height:8px;background:var(--soft);border-radius:4px;overflow:hidden;min-width:80px}
.bar span{display:block;height:100%;background:var(--accent)}
.grid2{display:grid;grid-template-columns:minmax(0,420px) minmax(0,1fr);gap:18px;align-items:start}
figure{margin:10px 0;break-inside:avoid}
figcaption{font-weight:600;font-size:14px;color:var(--muted);margin-bottom:4px}
svg.chart{width:100%;height:auto;display:block}
svg.chart text{font-family:var(--font)}
.summary p{font-size:16px}
.cards{display:grid;gap:10px}
.card{border:1px solid var(--line);border-left:5px solid var(--line);border-radius:6px;padding:10px 12px;break-inside:avoid;background:#fff}
.card.good{border-left-color:var(--p)}
.card.bad{border-left-color:var(--u)}
.card .meta{font-size:12px;color:var(--muted)}
.card .msg{margin:4px 0}
blockquote{margin:6px 0 0;padding:6px 10px;background:var(--soft);border-radius:4px;white-space:pre-wrap;overflow-wrap:anywhere}
blockquote .who{display:block;font-size:12px;color:var(--muted);white-space:normal}
mark{background:#ffe58a;padding:0 1px;border-radius:2px}
.card.good mark{background:#c9f0d3}
del{background:#fbd3cf;color:#8a1f14}
ins{background:#d4f5dc;text-decoration:none}
.plan li{margin:8px 0}
.plan .area{font-weight:600}
.plan .rules{font-size:12px;color:var(--muted)}
.rewrite .cols{display:grid;grid-template-columns:1fr 1fr;gap:14px}
.rewrite .text{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--soft);padding:8px 10px;border-radius:4px;min-height:3em}
.tags span{display:inline-block;font-size:12px;border:1px solid var(--line);border-radius:10px;padding:0 7px;margin:2px 4px 0 0;background:#fff}
tr.good td:first-child{box-shadow:inset 4px 0 0 var(--p)}
tr.bad td:first-child{box-shadow:inset 4px 0 0 var(--u)}
tr.mine td{background:#f2f8fd}
td.when{white-space:nowrap;font-variant-numeric:tabular-nums}
td.detail{overflow-wrap:anywhere}
.effect-pos{color:var(--p);font-weight:600}.effect-neg{color:var(--u);font-weight:600}
.appendix table{font-size:13px}
td.dim{white-space:nowrap}
.appendix .words{font-size:12px;color:var(--muted);margin-top:2px;overflow-wrap:anywhere}
.appendix .post{white-space:pre-wrap;overflow-wrap:anywhere;font-size:13px;color:var(--muted);margin:2px 0 4px}
footer{margin-top:30px;border-top:1px solid var(--line);padding-top:8px;font-size:12px;color:var(--muted)}
@media (max-width:760px){.grid2,.rewrite .cols{grid-template-columns:1fr}nav.toc ol{columns:1}header.cover{flex-direction:column;align-items:flex-start}}
@page{size:A4;margin:14mm 12mm 16mm}
@media print{
body{background:#fff;font-size:10pt;line-height:1.45}
.page{max-width:none;padding:0}
nav.toc{display:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
h2{break-after:avoid;margin-top:18pt;font-size:14pt}
h3{break-after:avoid}
tr,.card,figure,blockquote,.plan li{break-inside:avoid}
thead{display:table-header-group}
.grid2{grid-template-columns:85mm 1fr}
header.cover h1{font-size:20pt}
a{color:inherit;text-decoration:none}
#appendix{break-before:page}
header.cover{flex-direction:row;align-items:flex-end}
.rewrite .cols{grid-template-columns:1fr 1fr}
}
"#;

fn rating_class(letter: Option<&str>) -> &'static str {
    match letter {
        Some("P") => "rating-p",
        Some("S") => "rating-s",
        Some("M") => "rating-m",
        Some("U") => "rating-u",
        _ => "rating-none",
    }
}

fn badge(letter: Option<&str>) -> String {
    format!(
        "<span class=\"badge {}\">{}</span>",
        rating_class(letter),
        escape(letter.unwrap_or("–"))
    )
}

fn effect(points: f64) -> String {
    let class = if points > 0.0 {
        "effect-pos"
    } else if points < 0.0 {
        "effect-neg"
    } else {
        "muted"
    };
    format!("<span class=\"{class}\">{points:+.1}</span>")
}

fn quote_html(q: &Quote) -> String {
    let tag = "mark";
    let body = highlighted(&q.text, &q.highlights, tag);
    format!(
        "<blockquote><span class=\"who\">{}</span>{}{}{}</blockquote>",
        escape(&q.label),
        if q.cut_start { "…" } else { "" },
        body,
        if q.cut_end { "…" } else { "" }
    )
}

impl Report {
    /// The report as one self-contained HTML page.
    pub fn to_html(&self, options: &HtmlOptions<'_>) -> String {
        let l = &self.l;
        let mut b = String::with_capacity(256 * 1024);
        self.body(&mut b);
        let title = format!(
            "{} — {}",
            l.get("report-title"),
            self.overview.scenario_title
        );
        let font_face = options
            .cjk_font
            .and_then(|font| font_face(font, &title, &b))
            .unwrap_or_default();
        let mut out = String::with_capacity(b.len() + font_face.len() + CSS.len() + 512);
        let _ = write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"generator\" content=\"{gen}\">\n<title>{title}</title>\n<style>{font_face}{CSS}</style>\n</head>\n<body>\n",
            lang = escape(&self.language),
            gen = escape(&self.generator),
            title = escape(&title),
        );
        out.push_str(&b);
        out.push_str("</body>\n</html>\n");
        out
    }

    fn body(&self, b: &mut String) {
        let l = &self.l;
        let o = &self.overview;
        b.push_str("<div class=\"page\">\n");
        // Cover.
        let _ = writeln!(
            b,
            "<header class=\"cover\"><div><h1>{}</h1><p class=\"sub\">{}</p><p class=\"scenario\">{}</p><p class=\"muted\">{} · {} · {}</p></div>\
             <div class=\"overall\"><div class=\"badge {}\">{}</div><div class=\"num\">{}/100</div><div class=\"desc\">{}</div></div></header>",
            escape(&l.get("report-title")),
            escape(&l.get("report-subtitle")),
            escape(&o.scenario_title),
            escape(
                o.trainee
                    .as_deref()
                    .unwrap_or(&l.get("report-trainee-unknown"))
            ),
            escape(&o.date),
            escape(&o.account),
            rating_class(Some(&self.scores.rating)),
            escape(&self.scores.rating),
            crate::whole(self.scores.overall),
            escape(&self.scores.rating_text),
        );
        // Contents.
        let sections: [(&str, String); 10] = [
            ("overview", l.get("report-section-overview")),
            ("summary", l.get("report-section-summary")),
            ("objectives", l.get("report-section-objectives")),
            ("strengths", l.get("report-section-strengths")),
            ("improvements", l.get("report-section-improvements")),
            ("plan", l.get("report-section-plan")),
            ("rewrite", l.get("report-section-rewrite")),
            ("public", l.get("report-section-public")),
            ("timeline", l.get("report-section-timeline")),
            ("appendix", l.get("report-section-appendix")),
        ];
        let _ = write!(
            b,
            "<nav class=\"toc\"><strong>{}</strong><ol>",
            escape(&l.get("report-contents"))
        );
        for (id, title) in &sections {
            let _ = write!(b, "<li><a href=\"#{id}\">{}</a></li>", escape(title));
        }
        b.push_str("</ol></nav>\n");
        let heading = |b: &mut String, i: usize| {
            let (id, title) = &sections[i];
            let _ = write!(
                b,
                "<section id=\"{id}\">\n<h2>{}. {}</h2>\n",
                i + 1,
                escape(title)
            );
        };

        // 1. Overview.
        heading(b, 0);
        let trainee = o
            .trainee
            .clone()
            .unwrap_or_else(|| l.get("report-trainee-unknown"));
        let fields = [
            (
                "report-field-scenario",
                format!("{} ({})", o.scenario_title, o.scenario_id),
            ),
            ("report-field-account", o.account.clone()),
            ("report-field-trainee", trainee),
            ("report-field-date", o.date.clone()),
            (
                "report-field-scenario-start",
                o.scenario_start.replace('T', " "),
            ),
            ("report-field-sim-duration", o.simulated.clone()),
            ("report-field-real-duration", o.real.clone()),
            ("report-field-seed", o.seed.to_string()),
            ("report-field-post-language", o.post_language.clone()),
            ("report-field-language", self.language_name()),
        ];
        b.push_str("<dl class=\"facts\">");
        for (id, value) in fields {
            let _ = write!(
                b,
                "<dt>{}</dt><dd>{}</dd>",
                escape(&l.get(id)),
                escape(&value)
            );
        }
        b.push_str("</dl>\n");
        let _ = writeln!(b, "<p>{}</p>", escape(&o.scenario_summary));
        let _ = writeln!(b, "<h3>{}</h3>", escape(&l.get("report-field-objectives")));
        if o.objectives.is_empty() {
            let _ = writeln!(
                b,
                "<p class=\"muted\">{}</p>",
                escape(&l.get("report-no-objectives"))
            );
        } else {
            b.push_str("<ol>");
            for (_, text) in &o.objectives {
                let _ = write!(b, "<li>{}</li>", escape(text));
            }
            b.push_str("</ol>\n");
        }
        b.push_str("</section>\n");

        // 2. Executive summary.
        heading(b, 1);
        b.push_str("<div class=\"summary\">");
        for sentence in &self.summary {
            let _ = write!(b, "<p>{}</p>", escape(&sentence.text));
        }
        b.push_str("</div>\n</section>\n");

        // 3. Objectives and the six qualities.
        heading(b, 2);
        let _ = write!(
            b,
            "<div class=\"grid2\"><figure><figcaption>{}</figcaption>{}</figure><div>",
            escape(&l.get("report-chart-radar")),
            self.charts.radar
        );
        let _ = write!(
            b,
            "<table><thead><tr><th>{}</th><th class=\"num\">{}</th><th>{}</th><th class=\"num\">{}</th><th></th></tr></thead><tbody>",
            escape(&l.get("report-col-dimension")),
            escape(&l.get("report-col-score")),
            escape(&l.get("report-col-rating")),
            escape(&l.get("report-col-weight")),
        );
        for d in &self.scores.dimensions {
            let score = d
                .score
                .map_or_else(|| l.get("report-not-scored"), crate::whole);
            let _ = write!(
                b,
                "<tr><td>{}</td><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td><td><div class=\"bar\"><span style=\"width:{:.0}%\"></span></div></td></tr>",
                escape(&d.label),
                escape(&score),
                badge(d.rating.as_deref()),
                d.weight,
                d.score.unwrap_or(0.0).clamp(0.0, 100.0),
            );
        }
        let _ = write!(
            b,
            "<tr><th>{}</th><th class=\"num\">{}</th><th>{}</th><th></th><th></th></tr></tbody></table>",
            escape(&l.get("score-overall")),
            crate::whole(self.scores.overall),
            badge(Some(&self.scores.rating)),
        );
        if self.scores.dimensions.iter().any(|d| d.score.is_none()) {
            let _ = write!(
                b,
                "<p class=\"muted\">{}</p>",
                escape(&l.get("report-not-scored-note"))
            );
        }
        b.push_str("</div></div>\n");
        if !self.objectives.is_empty() {
            let _ = write!(
                b,
                "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th class=\"num\">{}</th><th>{}</th></tr></thead><tbody>",
                escape(&l.get("report-col-objective")),
                escape(&l.get("report-col-dimensions")),
                escape(&l.get("report-col-rating")),
                escape(&l.get("report-col-score")),
                escape(&l.get("report-col-observation")),
            );
            for obj in &self.objectives {
                let dims: Vec<String> = obj
                    .dimensions
                    .iter()
                    .filter_map(|id| self.scores.dimensions.iter().find(|d| &d.id == id))
                    .map(|d| d.label.clone())
                    .collect();
                let score = obj
                    .score
                    .map_or_else(|| l.get("report-not-scored"), crate::whole);
                let _ = write!(
                    b,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
                    escape(&obj.text),
                    escape(&dims.join(" · ")),
                    badge(obj.rating.as_deref()),
                    escape(&score),
                    escape(&obj.observation),
                );
            }
            b.push_str("</tbody></table>\n");
        }
        let _ = write!(
            b,
            "<p class=\"muted\">{}</p>\n</section>\n",
            escape(&l.get("report-rating-legend"))
        );

        // 4–5. Strengths and areas for improvement.
        for (i, list, class, none) in [
            (3, &self.strengths, "good", "report-strengths-none"),
            (4, &self.improvements, "bad", "report-improvements-none"),
        ] {
            heading(b, i);
            if list.is_empty() {
                let _ = write!(b, "<p class=\"muted\">{}</p>", escape(&l.get(none)));
            }
            b.push_str("<div class=\"cards\">");
            for obs in list {
                self.observation(b, obs, class);
            }
            b.push_str("</div>\n</section>\n");
        }

        // 6. Improvement plan.
        heading(b, 5);
        if self.plan.is_empty() {
            let _ = write!(
                b,
                "<p class=\"muted\">{}</p>",
                escape(&l.get("report-improvements-none"))
            );
        } else {
            let _ = write!(
                b,
                "<p>{}</p><ol class=\"plan\">",
                escape(&l.get("report-plan-intro"))
            );
            for item in &self.plan {
                let rules = l.format("report-plan-addresses", &[("rules", item.rules.join(", "))]);
                let _ = write!(
                    b,
                    "<li><div class=\"area\">{}</div><div>{}</div><div class=\"rules\">{}</div></li>",
                    escape(&item.area.text),
                    escape(&item.action.text),
                    escape(&rules),
                );
            }
            b.push_str("</ol>");
        }
        b.push_str("\n</section>\n");

        // 7. Suggested rewrite.
        heading(b, 6);
        self.rewrite(b);
        b.push_str("</section>\n");

        // 8. The public's reaction.
        heading(b, 7);
        let _ = write!(
            b,
            "<figure><figcaption>{}</figcaption>{}</figure>\n</section>\n",
            escape(&l.get("report-chart-public")),
            self.charts.public
        );

        // 9. Timeline.
        heading(b, 8);
        let _ = write!(
            b,
            "<figure><figcaption>{}</figcaption>{}</figure>\n<p class=\"muted\">{}</p>",
            escape(&l.get("report-chart-timeline")),
            self.charts.timeline,
            escape(&l.get("report-timeline-intro")),
        );
        let _ = write!(
            b,
            "<table><thead><tr><th>{}</th><th>{}</th></tr></thead><tbody>",
            escape(&l.get("report-col-time")),
            escape(&l.get("report-col-what")),
        );
        for item in &self.timeline {
            let mut classes = Vec::new();
            match item.good {
                Some(true) => classes.push("good"),
                Some(false) => classes.push("bad"),
                None => {}
            }
            if matches!(item.kind, TimelineKind::Action | TimelineKind::Verification) {
                classes.push("mine");
            }
            let _ = write!(
                b,
                "<tr class=\"{}\"><td class=\"when\">{}</td><td class=\"detail\"><strong>{}</strong>",
                classes.join(" "),
                escape(&item.clock),
                escape(&item.title),
            );
            if !item.detail.is_empty() {
                let _ = write!(b, "<br>{}", escape(&item.detail));
            }
            if !item.tags.is_empty() {
                b.push_str("<div class=\"tags\">");
                for tag in &item.tags {
                    let _ = write!(b, "<span>{}</span>", escape(tag));
                }
                b.push_str("</div>");
            }
            b.push_str("</td></tr>");
        }
        b.push_str("</tbody></table>\n</section>\n");

        // 10. Appendix.
        heading(b, 9);
        let _ = write!(
            b,
            "<div class=\"appendix\"><p class=\"muted\">{}</p>",
            escape(&l.get("report-appendix-intro"))
        );
        for group in &self.appendix {
            let _ = write!(b, "<h3>{}</h3>", escape(&group.title));
            if !group.text.is_empty() {
                let _ = write!(b, "<div class=\"post\">{}</div>", escape(&group.text));
            }
            let _ = write!(
                b,
                "<table><thead><tr><th>{}</th><th>{}</th><th class=\"num\">{}</th><th>{}</th></tr></thead><tbody>",
                escape(&l.get("report-col-rule")),
                escape(&l.get("report-col-dimension")),
                escape(&l.get("report-col-effect")),
                escape(&l.get("report-col-evidence")),
            );
            // One row per rule (and quality): a rule that fired on many words of a post shows
            // once, with its total effect, every matched word and the first message.
            let mut rows: Vec<(&AppendixRow, f64, usize, Vec<&str>)> = Vec::new();
            for row in &group.findings {
                let excerpt = row.excerpt.as_deref();
                match rows
                    .iter_mut()
                    .find(|(r, ..)| r.rule == row.rule && r.dimension == row.dimension)
                {
                    Some((_, total, count, excerpts)) => {
                        *total += row.effect;
                        *count += 1;
                        if let Some(e) = excerpt
                            && !excerpts.contains(&e)
                        {
                            excerpts.push(e);
                        }
                    }
                    None => rows.push((row, row.effect, 1, excerpt.into_iter().collect())),
                }
            }
            for (row, total, count, excerpts) in rows {
                let label = self
                    .scores
                    .dimensions
                    .iter()
                    .find(|d| d.id == row.dimension)
                    .map_or(row.dimension.as_str(), |d| d.label.as_str());
                let times = if count > 1 {
                    format!(" ×{count}")
                } else {
                    String::new()
                };
                let _ = write!(
                    b,
                    "<tr><td><code>{}</code></td><td class=\"dim\">{}</td><td class=\"num\">{}{}</td><td>{}",
                    escape(&row.rule),
                    escape(label),
                    effect(total),
                    times,
                    escape(&row.message.text),
                );
                if excerpts.len() > 1 {
                    let words: Vec<String> = excerpts
                        .iter()
                        .map(|e| format!("«{}»", escape(e)))
                        .collect();
                    let _ = write!(b, "<div class=\"words\">{}</div>", words.join(" "));
                }
                b.push_str("</td></tr>");
            }
            b.push_str("</tbody></table>");
        }
        b.push_str("</div>\n</section>\n");

        let _ = write!(
            b,
            "<footer>{}</footer>\n</div>\n",
            escape(&l.format(
                "report-footer",
                &[
                    ("version", env!("CARGO_PKG_VERSION").to_owned()),
                    ("format", REPORT_FORMAT.to_string())
                ]
            ))
        );
    }

    fn language_name(&self) -> String {
        match goldenhour_l10n::negotiate(&self.language) {
            goldenhour_l10n::Lang::ZhCn => self.l.get("report-language-zh-cn"),
            goldenhour_l10n::Lang::EnUs => self.l.get("report-language-en-us"),
        }
    }

    fn observation(&self, b: &mut String, obs: &Observation, class: &str) {
        let l = &self.l;
        let dimension = self
            .scores
            .dimensions
            .iter()
            .find(|d| d.id == obs.dimension)
            .map_or(obs.dimension.clone(), |d| d.label.clone());
        let count = l.format("report-occurrences", &[("count", obs.count.to_string())]);
        let mut meta = vec![escape(&obs.rule)];
        meta[0] = format!("<code>{}</code>", meta[0]);
        // Timing rules met on time and advice on an absence carry no points of their own.
        if obs.quoted_effect.abs() >= 0.05 {
            let points = format!("{:+.1}", obs.quoted_effect);
            meta.push(escape(&l.format(
                "report-effect",
                &[("effect", points), ("dimension", dimension)],
            )));
        } else {
            meta.push(escape(&dimension));
        }
        meta.push(escape(&count));
        let _ = write!(
            b,
            "<div class=\"card {class}\"><div class=\"meta\">{}</div><div class=\"msg\">{}</div>",
            meta.join(" · "),
            escape(&obs.message.text),
        );
        if let Some(q) = &obs.quote {
            b.push_str(&quote_html(q));
        }
        b.push_str("</div>");
    }

    fn rewrite(&self, b: &mut String) {
        let l = &self.l;
        let r = &self.rewrite;
        let _ = write!(
            b,
            "<div class=\"rewrite\"><p>{}</p><div class=\"cols\">",
            escape(&r.intro.text)
        );
        if let Some(original) = &r.original {
            let _ = write!(
                b,
                "<div><h3>{}</h3><div class=\"text\">{}</div></div>",
                escape(&original.label),
                highlighted(&original.text, &original.highlights, "del"),
            );
        }
        let _ = write!(
            b,
            "<div><h3>{}</h3><div class=\"text\">",
            escape(&l.get("report-rewrite-suggested"))
        );
        for (i, part) in r.parts.iter().enumerate() {
            if i > 0 {
                b.push('\n');
            }
            if part.added {
                let _ = write!(b, "<ins>{}</ins>", escape(&part.text));
            } else {
                b.push_str(&escape(&part.text));
            }
        }
        b.push_str("</div></div></div>");
        let removed = if r.removed.is_empty() {
            l.get("report-rewrite-nothing-removed")
        } else {
            r.removed.join(" / ")
        };
        let _ = writeln!(
            b,
            "<p><strong>{}</strong>: {}</p><p><strong>{}</strong>: {}</p></div>",
            escape(&l.get("report-rewrite-added")),
            escape(&r.added.join(", ")),
            escape(&l.get("report-rewrite-removed")),
            escape(&removed),
        );
    }
}

/// The `@font-face` rule embedding the glyphs of everything the page shows: the text of the
/// body (tags included, which only adds Latin letters the font has anyway) and the title.
fn font_face(font: &[u8], title: &str, body: &str) -> Option<String> {
    let chars: BTreeSet<char> = title
        .chars()
        .chain(body.chars())
        .filter(|c| !c.is_control())
        .collect();
    let subset = crate::font::subset_font(font, &chars)?;
    Some(format!(
        "@font-face{{font-family:\"GH Embedded CJK\";src:url(data:font/otf;base64,{}) format(\"opentype\");font-display:block}}\n",
        crate::font::base64(&subset)
    ))
}

#[cfg(test)]
mod tests {
    use super::{escape, highlighted};

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape(r#"<script>alert(1)</script>"#),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(
            escape(r#""><img src=x onerror=alert(1)>"#),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(escape("a & b's"), "a &amp; b&#39;s");
    }

    #[test]
    fn highlights_valid_spans_and_escapes_inside_them() {
        let text = "我们<深表>歉意";
        let s = text.find('<').unwrap();
        let e = text.find('歉').unwrap();
        assert_eq!(
            highlighted(text, &[(s, e)], "mark"),
            "我们<mark>&lt;深表&gt;</mark>歉意"
        );
        // A span inside a character, reversed or past the end is ignored.
        assert_eq!(
            highlighted(text, &[(1, 4), (5, 2), (3, 999)], "mark"),
            "我们&lt;深表&gt;歉意"
        );
    }
}
