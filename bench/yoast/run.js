// Yoast's analysis on HTML pages: content (readability) + SEO assessors, per page.
const fs = require("fs");
const { Paper, ContentAssessor, SeoAssessor } = require("yoastseo");
const Researcher = require("yoastseo/build/languageProcessing/languages/en/Researcher").default;
const files = process.argv.slice(2);
const researcher = new Researcher();
const start = process.hrtime.bigint();
let scored = 0;
const per = [];
for (const f of files) {
  const t0 = process.hrtime.bigint();
  const html = fs.readFileSync(f, "utf8");
  const title = (html.match(/<title[^>]*>([^<]*)/i) || [, ""])[1];
  const paper = new Paper(html, { title, keyword: "", description: "", locale: "en_US" });
  const content = new ContentAssessor(researcher);
  content.assess(paper);
  const seo = new SeoAssessor(researcher);
  seo.assess(paper);
  scored += content.calculateOverallScore() >= 0 ? 1 : 0;
  per.push(Math.round(Number(process.hrtime.bigint() - t0) / 1e6));
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
console.log(JSON.stringify({ pages: files.length, scored, ms, per }));
