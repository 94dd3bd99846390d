// Labelled NER corpora; see ner_data.h.
#include "extractor/ner_data.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

namespace newsgraph::extractor {
namespace {

std::vector<std::string_view> split(std::string_view line, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t at = line.find(sep, start);
    std::string_view field = line.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start);
    if (!(sep == ' ' && field.empty())) out.push_back(field);
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

// Removes a UTF-8 byte order mark (WNUT-17's dev file has one inside).
std::string_view strip_bom(std::string_view s) {
  while (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  return s;
}

struct LineReader {
  std::string_view content;
  size_t pos = 0;
  int64_t line_no = 0;
  bool next(std::string_view* line) {
    if (pos >= content.size()) return false;
    size_t nl = content.find('\n', pos);
    *line = content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? content.size() : nl + 1;
    ++line_no;
    if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
    return true;
  }
};

// Collects sentences; maps raw span types to coarse ones and records the label set.
struct Builder {
  NerCorpus corpus;
  std::set<std::string> labels;
  NerDocument doc;
  std::vector<std::string> words, tags;

  void end_sentence() {
    if (words.empty()) return;
    NerSentence s;
    s.words = std::move(words);
    for (auto& span : spans_from_tags(tags)) {
      std::string coarse = coarse_ner_type(span.type);
      if (coarse.empty()) continue;
      span.type = coarse;
      s.spans.push_back(span);
    }
    doc.sentences.push_back(std::move(s));
    words.clear();
    tags.clear();
  }
  void end_document() {
    end_sentence();
    if (!doc.sentences.empty()) corpus.documents.push_back(std::move(doc));
    doc = NerDocument{};
  }
  void add(std::string_view word, std::string_view tag) {
    words.emplace_back(strip_bom(word));
    tags.emplace_back(tag);
    if (tag.size() > 2 && tag[1] == '-') {
      std::string coarse = coarse_ner_type(tag.substr(2));
      if (!coarse.empty()) labels.insert(coarse);
    }
  }
  NerCorpus finish() {
    end_document();
    corpus.label_set.assign(labels.begin(), labels.end());
    return std::move(corpus);
  }
};

std::optional<corpus::InputError> parse_conll(std::string_view content, const std::string& name, NerCorpus* out) {
  Builder b;
  LineReader r{content};
  std::string_view line;
  while (r.next(&line)) {
    auto cols = split(line, ' ');
    if (cols.empty()) { b.end_sentence(); continue; }
    if (cols[0] == "-DOCSTART-") {
      b.end_document();
      b.corpus.document_markers = true;
      continue;
    }
    if (cols.size() < 2) return corpus::InputError{"CoNLL line needs a word and a tag", name, -1, r.line_no};
    b.add(cols.front(), cols.back());
  }
  *out = b.finish();
  return std::nullopt;
}

std::optional<corpus::InputError> parse_token_tag(std::string_view content, const std::string& name, NerCorpus* out) {
  Builder b;
  LineReader r{content};
  std::string_view line;
  while (r.next(&line)) {
    std::string_view bare = strip_bom(line);
    // A line of white space ends the sentence too (WNUT-17 train separates posts with "\t").
    if (bare.find_first_not_of(" \t") == std::string_view::npos) { b.end_sentence(); continue; }
    if (bare[0] == '#' && bare.find('\t') == std::string_view::npos) {
      if (bare.starts_with("# newdoc")) {
        b.end_document();
        b.corpus.document_markers = true;
      }
      continue;
    }
    auto cols = split(bare, '\t');
    std::string_view word, tag;
    if (cols.size() >= 3 && !cols[0].empty() &&
        std::all_of(cols[0].begin(), cols[0].end(), [](char c) { return c >= '0' && c <= '9'; })) {
      word = cols[1];
      tag = cols[2];
    } else if (cols.size() >= 2) {
      word = cols[0];
      tag = cols[1];
    } else {
      return corpus::InputError{"token-tag line needs a word and a tag", name, -1, r.line_no};
    }
    if (word.starts_with("en:")) word.remove_prefix(3);
    b.add(word, tag);
  }
  *out = b.finish();
  return std::nullopt;
}

// GUM: Entity=(id-type-infstat-salience-centering-minspan-link-identity ... id) brackets.
struct OpenEntity {
  std::string id, type;
  bool named = false;
  uint32_t first = 0;
};

void finish_gum_sentence(NerDocument& doc, std::vector<std::string>& words, std::vector<std::string>& upos,
                         std::vector<bool>& propn, std::vector<int>& heads, std::vector<NerSpan>& found,
                         std::set<std::string>& labels) {
  if (words.empty()) return;
  NerSentence s;
  s.words = std::move(words);
  s.upos = std::move(upos);
  upos.clear();
  // A mention is named when its syntactic head (the word whose head lies outside the span)
  // is a proper noun; leading and trailing non-PROPN words ("the", "'s") are trimmed.
  // Titles before a name are not part of it in CoNLL ("President Obama" -> "Obama").
  static constexpr std::string_view kTitles[] = {
      "President", "Prime", "Minister", "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady",
      "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Pope", "Saint", "General", "Gen.",
      "Senator", "Sen.", "Governor", "Gov.", "Mayor", "Judge", "Justice", "Chancellor", "Premier", "Professor",
      "Prof.", "Captain", "Capt.", "Colonel", "Col.", "Lieutenant", "Lt.", "Sergeant", "Sgt.", "Admiral",
      "Bishop", "Archbishop", "Cardinal", "Reverend", "Rev.", "Father", "Sister", "Brother", "Uncle", "Aunt",
      "Secretary", "Speaker", "Chairman", "Director", "Coach", "Officer", "Detective", "Agent", "Representative",
      "Rep.", "Vice", "Deputy", "Chief", "Ambassador", "Commissioner", "Sheriff", "Dean"};
  auto is_title = [](const std::string& w) {
    return std::find(std::begin(kTitles), std::end(kTitles), w) != std::end(kTitles);
  };
  std::vector<NerSpan> kept;
  for (auto span : found) {
    int head = -1;
    for (uint32_t i = span.first; i < span.end; ++i)
      if (heads[i] < static_cast<int>(span.first) || heads[i] >= static_cast<int>(span.end)) { head = static_cast<int>(i); break; }
    if (head < 0 || !propn[head]) continue;
    // Trimmed below; inside, only proper nouns and the glue of names may remain.
    uint32_t a = span.first, b = span.end;
    while (a < b && !propn[a]) ++a;
    while (b > a && !propn[b - 1]) --b;
    bool clean = true;
    for (uint32_t i = a; i < b; ++i) {
      static constexpr std::string_view kGlue[] = {"of", "the", "and", "&", "'s", "de", "-", ".", "for", "on", "du", "van", "von", "la", "del"};
      if (!propn[i] && std::find(std::begin(kGlue), std::end(kGlue), s.words[i]) == std::end(kGlue)) clean = false;
    }
    // A title heading the mention ("the President of the United States") is not a name.
    if (!clean || is_title(s.words[head])) { s.partial = true; continue; }
    // "US President Donald Trump" -> "Donald Trump": drop everything up to the last title
    // before the head.
    for (uint32_t k = span.first; k < static_cast<uint32_t>(head); ++k)
      if (is_title(s.words[k])) span.first = k + 1;
    while (span.first < span.end && !propn[span.first]) ++span.first;
    while (span.end > span.first && !propn[span.end - 1]) --span.end;
    if (span.first >= span.end) continue;
    kept.push_back(span);
  }
  // Outermost first: sort by start, longer first; drop spans overlapping a kept one.
  std::sort(kept.begin(), kept.end(), [](const NerSpan& a, const NerSpan& b) {
    return a.first != b.first ? a.first < b.first : a.end > b.end;
  });
  uint32_t covered = 0;
  for (auto& span : kept) {
    if (span.first < covered) continue;
    covered = span.end;
    labels.insert(span.type);
    s.spans.push_back(span);
  }
  doc.sentences.push_back(std::move(s));
  words.clear();
  propn.clear();
  heads.clear();
  found.clear();
}

std::optional<corpus::InputError> parse_conllu(std::string_view content, const std::string& name, NerCorpus* out) {
  NerCorpus corpus;
  std::set<std::string> labels;
  NerDocument doc;
  std::vector<std::string> words;
  std::vector<std::string> upos;
  std::vector<bool> propn;
  std::vector<int> heads;  // 0-based head index, -1 for the root
  std::vector<NerSpan> found;
  std::vector<OpenEntity> open;
  LineReader r{content};
  std::string_view line;
  auto end_doc = [&] {
    finish_gum_sentence(doc, words, upos, propn, heads, found, labels);
    if (!doc.sentences.empty()) corpus.documents.push_back(std::move(doc));
    doc = NerDocument{};
    open.clear();
  };
  while (r.next(&line)) {
    if (line.empty()) { finish_gum_sentence(doc, words, upos, propn, heads, found, labels); open.clear(); continue; }
    if (line[0] == '#') {
      if (line.starts_with("# newdoc")) {
        end_doc();
        corpus.document_markers = true;
      }
      continue;
    }
    auto cols = split(line, '\t');
    if (cols.size() != 10) return corpus::InputError{"CoNLL-U line needs 10 columns", name, -1, r.line_no};
    if (cols[0].find_first_of("-.") != std::string_view::npos) continue;  // multiword / empty nodes
    uint32_t index = static_cast<uint32_t>(words.size());
    words.emplace_back(cols[1]);
    propn.push_back(cols[3] == "PROPN");
    upos.emplace_back(cols[3]);
    heads.push_back(std::atoi(std::string(cols[6]).c_str()) - 1);
    std::string_view misc = cols[9];
    size_t at = misc.find("Entity=");
    if (at == std::string_view::npos) continue;
    std::string_view ent = misc.substr(at + 7);
    ent = ent.substr(0, ent.find('|'));
    size_t i = 0;
    while (i < ent.size()) {
      if (ent[i] == '(') {
        size_t j = i + 1;
        while (j < ent.size() && ent[j] != '(' && ent[j] != ')') ++j;
        auto fields = split(ent.substr(i + 1, j - i - 1), '-');
        OpenEntity e;
        if (fields.size() >= 2) { e.id = std::string(fields[0]); e.type = coarse_ner_type(fields[1]); }
        e.named = true;
        e.first = index;
        if (j < ent.size() && ent[j] == ')') {
          if (e.named && !e.type.empty()) found.push_back({e.first, index + 1, e.type});
          i = j + 1;
        } else {
          open.push_back(std::move(e));
          i = j;
        }
      } else {
        size_t j = i;
        while (j < ent.size() && ent[j] != ')' && ent[j] != '(') ++j;
        std::string id(ent.substr(i, j - i));
        for (size_t k = open.size(); k-- > 0;) {
          if (open[k].id != id) continue;
          if (open[k].named && !open[k].type.empty()) found.push_back({open[k].first, index + 1, open[k].type});
          open.erase(open.begin() + static_cast<std::ptrdiff_t>(k));
          break;
        }
        i = j < ent.size() && ent[j] == ')' ? j + 1 : j;
      }
    }
  }
  end_doc();
  // GUM labels people, organisations and places in every document, even where one has none.
  (void)labels;
  corpus.label_set = {"LOC", "ORG", "PER"};
  *out = std::move(corpus);
  return std::nullopt;
}

}  // namespace

size_t NerCorpus::sentence_count() const {
  size_t n = 0;
  for (const auto& d : documents) n += d.sentences.size();
  return n;
}

size_t NerCorpus::word_count() const {
  size_t n = 0;
  for (const auto& d : documents)
    for (const auto& s : d.sentences) n += s.words.size();
  return n;
}

std::string coarse_ner_type(std::string_view label) {
  if (label == "PER" || label == "PERSON" || label == "person") return "PER";
  if (label == "ORG" || label == "organization" || label == "corporation" || label == "group") return "ORG";
  if (label == "LOC" || label == "GPE" || label == "location" || label == "place" || label == "FAC") return "LOC";
  if (label == "MISC" || label == "product" || label == "creative-work" ||
      label == "NORP" || label == "EVENT" || label == "PRODUCT" || label == "LAW" || label == "WORK_OF_ART" ||
      label == "LANGUAGE")
    return "MISC";
  return "";
}

std::vector<NerSpan> spans_from_tags(const std::vector<std::string>& tags) {
  std::vector<NerSpan> spans;
  bool open = false;
  for (uint32_t i = 0; i < tags.size(); ++i) {
    std::string_view tag = tags[i];
    if (tag.size() < 3 || tag[1] != '-') { open = false; continue; }
    char prefix = tag[0];
    std::string_view type = tag.substr(2);
    bool continues = open && spans.back().type == type && (prefix == 'I' || prefix == 'L' || prefix == 'E');
    if (continues) {
      spans.back().end = i + 1;
    } else {
      spans.push_back({i, i + 1, std::string(type)});
    }
    open = !(prefix == 'L' || prefix == 'E' || prefix == 'U' || prefix == 'S');
  }
  return spans;
}

NerFormat detect_ner_format(std::string_view content) {
  LineReader r{content};
  std::string_view line;
  int seen = 0;
  while (r.next(&line) && seen < 50) {
    line = strip_bom(line);
    if (line.empty()) continue;
    if (line.starts_with("# sent_id") || line.starts_with("# text")) {
      // UNER has the same comments but 5 columns; decide on the first token line.
      continue;
    }
    if (line[0] == '#') continue;
    ++seen;
    size_t tabs = static_cast<size_t>(std::count(line.begin(), line.end(), '\t'));
    if (tabs == 9) return NerFormat::kConllu;
    if (tabs >= 1) return NerFormat::kTokenTag;
    return NerFormat::kConll;
  }
  return NerFormat::kConll;
}

std::optional<corpus::InputError> parse_ner_corpus(std::string_view content, const std::string& name,
                                                   NerFormat format, NerCorpus* out) {
  *out = NerCorpus{};
  if (format == NerFormat::kAuto) format = detect_ner_format(content);
  switch (format) {
    case NerFormat::kConll: return parse_conll(content, name, out);
    case NerFormat::kTokenTag: return parse_token_tag(content, name, out);
    case NerFormat::kConllu: return parse_conllu(content, name, out);
    case NerFormat::kAuto: break;
  }
  return corpus::InputError{"unknown NER corpus format", name, -1, 0};
}

std::optional<corpus::InputError> read_ner_corpus(const std::string& path, NerFormat format, NerCorpus* out) {
  *out = NerCorpus{};
  std::ifstream in(path, std::ios::binary);
  if (!in) return corpus::InputError{"cannot open NER corpus", path, -1, 0};
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_ner_corpus(ss.str(), path, format, out);
}

Document document_from_ner(const NerDocument& ner) {
  Document doc;
  for (const auto& s : ner.sentences) {
    if (!doc.text.empty()) doc.text += '\n';
    Sentence sent;
    sent.first_token = static_cast<uint32_t>(doc.tokens.size());
    sent.span.begin = static_cast<uint32_t>(doc.text.size());
    for (size_t i = 0; i < s.words.size(); ++i) {
      if (i) doc.text += ' ';
      Token t;
      t.span.begin = static_cast<uint32_t>(doc.text.size());
      doc.text += s.words[i];
      t.span.end = static_cast<uint32_t>(doc.text.size());
      doc.tokens.push_back(std::move(t));
    }
    sent.span.end = static_cast<uint32_t>(doc.text.size());
    sent.end_token = static_cast<uint32_t>(doc.tokens.size());
    doc.sentences.push_back(sent);
  }
  return doc;
}

std::vector<NerSpan> sentence_spans(const Document& doc, uint32_t sentence) {
  std::vector<NerSpan> out;
  const Sentence& s = doc.sentences.at(sentence);
  for (const auto& m : doc.mentions) {
    if (m.sentence != sentence) continue;
    out.push_back({m.first_token - s.first_token, m.end_token - s.first_token,
                   coarse_ner_type(entity_type_name(m.type))});
  }
  return out;
}

NerCounts& NerScore::type(const std::string& t) {
  auto it = std::lower_bound(by_type.begin(), by_type.end(), t,
                             [](const auto& p, const std::string& key) { return p.first < key; });
  if (it == by_type.end() || it->first != t) it = by_type.insert(it, {t, NerCounts{}});
  return it->second;
}

void add_ner_counts(const std::vector<NerSpan>& gold, const std::vector<NerSpan>& predicted, NerScore* score) {
  for (const auto& g : gold) { ++score->type(g.type).gold; ++score->overall.gold; }
  for (const auto& p : predicted) {
    ++score->type(p.type).predicted;
    ++score->overall.predicted;
    if (std::find(gold.begin(), gold.end(), p) != gold.end()) {
      ++score->type(p.type).correct;
      ++score->overall.correct;
    }
  }
}

std::vector<bool> documents_in_half(const NerCorpus& corpus, int half) {
  std::vector<bool> in(corpus.documents.size(), true);
  if (half == 0) return in;
  const size_t middle = corpus.sentence_count() / 2;
  size_t start = 0;
  for (size_t d = 0; d < corpus.documents.size(); ++d) {
    in[d] = (half == 1) == (start < middle);
    start += corpus.documents[d].sentences.size();
  }
  return in;
}

}  // namespace newsgraph::extractor
