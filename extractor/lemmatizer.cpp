#include "extractor/lemmatizer.h"

#include <algorithm>
#include <charconv>
#include <map>

#include "extractor/conllu.h"

namespace newsgraph::extractor {
namespace {

constexpr size_t kMaxSuffix = 7;

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string key(std::string_view upos, std::string_view s) {
  std::string k(upos);
  k += '\t';
  k += s;
  return k;
}

// The most frequent value of a count table; ties go to the smallest value (deterministic).
template <typename T>
const T& most_frequent(const std::map<T, int>& counts) {
  auto best = counts.begin();
  for (auto it = counts.begin(); it != counts.end(); ++it)
    if (it->second > best->second) best = it;
  return best->first;
}

}  // namespace

std::string lemmatize(const Lemmatizer& lemmatizer, std::string_view form, std::string_view upos) {
  if (form.empty()) return std::string();
  auto it = lemmatizer.exceptions.find(key(upos, form));
  if (it != lemmatizer.exceptions.end()) return it->second;
  std::string lower = ascii_lower(form);
  it = lemmatizer.exceptions.find(key(upos, lower));
  if (it != lemmatizer.exceptions.end()) return it->second;
  if (upos == "PROPN") return std::string(form);
  for (size_t k = std::min(kMaxSuffix, lower.size());; --k) {
    auto rule = lemmatizer.suffix_rules.find(key(upos, std::string_view(lower).substr(lower.size() - k)));
    if (rule != lemmatizer.suffix_rules.end() && rule->second.strip < lower.size()) {
      // EWT lowercases the lemmas of all but proper nouns ("RFP"/NOUN -> "rfp").
      std::string lemma = lower.substr(0, lower.size() - rule->second.strip);
      lemma += rule->second.append;
      // British doubled l ("signalled", "travelled", "cancelled"): the rule leaves "signall";
      // the single-l lemma wins when the treebank knows it and not the doubled one ("installed"
      // keeps "install").
      if (lemma.size() > 3 && lemma.ends_with("ll")) {
        const std::string single = lemma.substr(0, lemma.size() - 1);
        if (lemmatizer.exceptions.count(key(upos, single)) && !lemmatizer.exceptions.count(key(upos, lemma)))
          return single;
      }
      return lemma;
    }
    if (k == 0) break;
  }
  return lower;
}

Lemmatizer train_lemmatizer(const std::vector<ConlluSentence>& sentences) {
  // Exceptions: (upos, form) and (upos, lowercased form) -> lemma counts.
  std::unordered_map<std::string, std::map<std::string, int>> exact;
  // Types: (upos, lowercased form) -> lowercased lemma, for the suffix rules.
  std::map<std::pair<std::string, std::string>, std::map<std::string, int>> types;
  for (const ConlluSentence& s : sentences) {
    for (const ConlluWord& w : s.words) {
      if (w.upos.empty() || w.lemma.empty() || w.form.empty()) continue;
      ++exact[key(w.upos, w.form)][w.lemma];
      ++exact[key(w.upos, ascii_lower(w.form))][w.lemma];
      ++types[{w.upos, ascii_lower(w.form)}][ascii_lower(w.lemma)];
    }
  }
  Lemmatizer out;
  for (const auto& [k, counts] : exact) out.exceptions.emplace(k, most_frequent(counts));

  // Suffix rules over word types (not tokens): what generalises to unseen words.
  std::unordered_map<std::string, std::map<std::pair<uint32_t, std::string>, int>> rules;
  for (const auto& [type, counts] : types) {
    const std::string& upos = type.first;
    const std::string& form = type.second;
    const std::string& lemma = most_frequent(counts);
    size_t p = 0;
    while (p < form.size() && p < lemma.size() && form[p] == lemma[p]) ++p;
    std::pair<uint32_t, std::string> rule{static_cast<uint32_t>(form.size() - p), lemma.substr(p)};
    if (rule.first >= form.size()) continue;  // the lemma shares nothing with the form
    for (size_t k = 0; k <= std::min(kMaxSuffix, form.size()); ++k)
      if (k >= rule.first) ++rules[key(upos, std::string_view(form).substr(form.size() - k))][rule];
  }
  for (const auto& [k, counts] : rules) {
    int total = 0;
    for (const auto& [r, c] : counts) total += c;
    if (total < 2 && k.back() != '\t') continue;  // one word type is an exception, not a rule
    const auto& r = most_frequent(counts);
    out.suffix_rules.emplace(k, LemmaRule{r.first, r.second});
  }
  return out;
}

std::string serialize_lemmatizer(const Lemmatizer& lemmatizer) {
  std::vector<std::string> lines;
  for (const auto& [k, lemma] : lemmatizer.exceptions) lines.push_back("E\t" + k + "\t" + lemma);
  for (const auto& [k, rule] : lemmatizer.suffix_rules)
    lines.push_back("S\t" + k + "\t" + std::to_string(rule.strip) + "\t" + rule.append);
  std::sort(lines.begin(), lines.end());
  std::string out = "#newsgraph-lemma 1\n";
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

std::optional<corpus::InputError> parse_lemmatizer(std::string_view text, const std::string& file,
                                                   Lemmatizer* out) {
  *out = Lemmatizer();
  int64_t line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(pos, end - pos);
    ++line_no;
    pos = end + 1;
    if (line_no == 1) {
      if (line != "#newsgraph-lemma 1")
        return corpus::InputError{"not a version-1 lemmatiser file", file, 0, 1};
      continue;
    }
    if (line.empty()) continue;
    std::vector<std::string_view> f;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      f.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (f[0] == "E" && f.size() == 4) {
      out->exceptions.emplace(key(f[1], f[2]), std::string(f[3]));
    } else if (f[0] == "S" && f.size() == 5) {
      uint32_t strip = 0;
      auto [p, ec] = std::from_chars(f[3].data(), f[3].data() + f[3].size(), strip);
      if (ec != std::errc() || p != f[3].data() + f[3].size())
        return corpus::InputError{"bad strip count in lemmatiser rule", file, -1, line_no};
      out->suffix_rules.emplace(key(f[1], f[2]), LemmaRule{strip, std::string(f[4])});
    } else {
      return corpus::InputError{"malformed lemmatiser line", file, -1, line_no};
    }
  }
  if (line_no == 0) return corpus::InputError{"empty lemmatiser file", file, 0, 0};
  return std::nullopt;
}

}  // namespace newsgraph::extractor
