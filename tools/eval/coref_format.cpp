#include "tools/eval/coref_format.h"

#include <algorithm>
#include <utility>

#include "extractor/coref.h"
#include "extractor/lexicon.h"

namespace newsgraph::eval {
namespace {

// The value of `Entity=` in a MISC column, or "".
std::string_view entity_field(std::string_view misc) {
  size_t start = 0;
  while (start <= misc.size()) {
    size_t bar = misc.find('|', start);
    if (bar == std::string_view::npos) bar = misc.size();
    std::string_view field = misc.substr(start, bar - start);
    if (field.rfind("Entity=", 0) == 0) return field.substr(7);
    start = bar + 1;
  }
  return {};
}

bool is_pronoun_anaphor(std::string_view lower) {
  for (std::string_view p : {"he", "she", "him", "it", "they", "his", "her", "its", "their"})
    if (lower == p) return true;
  return false;
}

// The innermost gold mention containing words [first, end), or nullptr.
const GumMention* innermost(const std::vector<GumMention>& gold, uint32_t first, uint32_t end) {
  const GumMention* best = nullptr;
  for (const GumMention& g : gold) {
    if (g.first_word > first || g.end_word < end) continue;
    if (!best || g.end_word - g.first_word < best->end_word - best->first_word) best = &g;
  }
  return best;
}

// True when a name mention of ours (entity e, or any entity when e < 0) starts before word
// `before` and lies inside a gold mention of `entity`.
bool named_before(const std::vector<GumMention>& gold, const extractor::Document& doc,
                  const std::string& entity, int32_t e, uint32_t before) {
  for (const extractor::Mention& m : doc.mentions) {
    if (extractor::is_coref_mention(m) || m.entity < 0 || m.first_token >= before) continue;
    if (e >= 0 && m.entity != e) continue;
    for (const GumMention& g : gold)
      if (g.entity == entity && g.first_word <= m.first_token && m.end_token <= g.end_word)
        return true;
  }
  return false;
}

}  // namespace

std::optional<corpus::InputError> read_gum_mentions(
    const std::vector<extractor::ConlluSentence>& sentences, const std::string& file,
    std::vector<GumMention>* out) {
  std::vector<std::pair<std::string, uint32_t>> open;  // entity id, first word
  uint32_t word = 0;
  for (size_t s = 0; s < sentences.size(); ++s) {
    for (size_t w = 0; w < sentences[s].words.size(); ++w, ++word) {
      std::string_view f = entity_field(sentences[s].words[w].misc);
      auto bad = [&](const std::string& what) {
        return corpus::InputError{what + " in sentence " + std::to_string(s + 1) + ", word " +
                                      std::to_string(w + 1),
                                  file, -1, 0};
      };
      size_t i = 0;
      while (i < f.size()) {
        if (f[i] == '(') {
          size_t j = f.find_first_of("()", i + 1);
          if (j == std::string_view::npos) j = f.size();
          std::string_view label = f.substr(i + 1, j - i - 1);
          std::string id(label.substr(0, label.find('-')));
          if (id.empty()) return bad("an Entity bracket without an id");
          if (j < f.size() && f[j] == ')') {
            out->push_back({word, word + 1, id});
            i = j + 1;
          } else {
            open.emplace_back(id, word);
            i = j;
          }
        } else {
          size_t j = f.find(')', i);
          if (j == std::string_view::npos) return bad("an unclosed Entity bracket text");
          std::string id(f.substr(i, j - i));
          auto it = std::find_if(open.rbegin(), open.rend(),
                                 [&](const auto& o) { return o.first == id; });
          if (it == open.rend()) return bad("Entity " + id + " closed but never opened");
          out->push_back({it->second, word + 1, id});
          open.erase(std::next(it).base());
          i = j + 1;
        }
      }
    }
  }
  if (!open.empty())
    return corpus::InputError{"Entity " + open.back().first + " opened but never closed", file,
                              -1, 0};
  return std::nullopt;
}

std::string anaphor_kind(std::string_view text) {
  std::string w = extractor::lower_text(text);
  if (w == "he" || w == "she") return "he/she";
  if (w == "him") return "him";
  if (w == "it") return "it";
  if (w == "they") return "they";
  if (w == "his" || w == "her" || w == "its" || w == "their") return "possessive";
  return "role noun";
}

void score_coref(const std::vector<GumMention>& gold, const extractor::Document& doc,
                 CorefScores* scores, std::vector<std::string>* lines) {
  // Gold anaphors: one-word pronoun mentions whose entity was named (by us) before them.
  for (const GumMention& g : gold) {
    if (g.end_word != g.first_word + 1 || g.first_word >= doc.tokens.size()) continue;
    std::string_view text = doc.slice(doc.tokens[g.first_word].span);
    if (!is_pronoun_anaphor(extractor::lower_text(text))) continue;
    if (!named_before(gold, doc, g.entity, -1, g.first_word)) continue;
    std::string kind = anaphor_kind(text);
    ++scores->by_kind[kind].gold;
    ++scores->pronouns.gold;
  }
  for (const extractor::Mention& m : doc.mentions) {
    if (!extractor::is_coref_mention(m)) continue;
    std::string kind = anaphor_kind(doc.slice(m.span));
    Counts& c = scores->by_kind[kind];
    bool pronoun = kind != "role noun";
    ++c.pred;
    if (pronoun) ++scores->pronouns.pred;
    const GumMention* g = innermost(gold, m.first_token, m.end_token);
    bool right = g && !(pronoun && g->end_word != g->first_word + 1) &&
                 named_before(gold, doc, g->entity, m.entity, m.first_token);
    if (lines)
      lines->push_back(std::string(right ? "ok " : "wrong ") + std::string(doc.slice(m.span)) +
                       " -> " + doc.entities[m.entity].name);
    if (!right) continue;
    ++c.tp;
    if (pronoun) ++scores->pronouns.tp;
  }
}

}  // namespace newsgraph::eval
