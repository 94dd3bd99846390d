// Gazetteer loading and matching; see gazetteer.h.
#include "extractor/gazetteer.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>
#include <sstream>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace newsgraph::extractor {
namespace {

constexpr std::array<std::string_view, kGazetteerKindCount> kKindNames = {
    "country", "subdivision", "city", "region", "demonym", "norp", "given_name",
    "org_head", "fac_head", "loc_head", "event_head", "law_head", "title",
    "wiki_person", "wiki_org", "wiki_place"};

constexpr std::string_view kHeader = "# newsgraph-gazetteer 1";

bool has_upper(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}
bool has_lower(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

constexpr uint64_t kFnvOffset = 14695981039346656037ull, kFnvPrime = 1099511628211ull;

uint64_t fnv_extend(uint64_t h, std::string_view bytes) {
  for (char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
  return h;
}

void build_hash_index(Gazetteer* gaz) {
  reserve_hash_table(&gaz->key_hashes, gaz->by_key.size());
  gaz->key_ids.clear();
  for (const auto& [key, ids] : gaz->by_key) {
    uint32_t existing = 0;
    if (insert_hash(&gaz->key_hashes, fnv_extend(kFnvOffset, key),
                    static_cast<uint32_t>(gaz->key_ids.size()), &existing)) {
      gaz->key_ids.push_back(ids);
    } else {  // two keys, one 64-bit hash: keep both keys' entries
      auto& merged = gaz->key_ids[existing];
      merged.insert(merged.end(), ids.begin(), ids.end());
    }
  }
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

}  // namespace

std::string_view gazetteer_kind_name(GazetteerKind kind) { return kKindNames[static_cast<int>(kind)]; }

std::optional<GazetteerKind> parse_gazetteer_kind(std::string_view name) {
  for (int i = 0; i < kGazetteerKindCount; ++i)
    if (kKindNames[i] == name) return static_cast<GazetteerKind>(i);
  return std::nullopt;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string match_key(std::string_view s) {
  if (std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return ascii_lower(s);
  // "BRASÍLIA" and "Brasília" share a key: ICU's root-locale lower case.
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())))
      .toLower(icu::Locale::getRoot())
      .toUTF8String(out);
  return out;
}

std::optional<corpus::InputError> parse_gazetteer(std::string_view content, const std::string& name,
                                                  Gazetteer* out) {
  *out = Gazetteer{};
  Gazetteer gaz;
  int64_t line_no = 0;
  size_t pos = 0;
  bool header_seen = false;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    std::string_view line = content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? content.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!header_seen) {
      if (line != kHeader)
        return corpus::InputError{"not a gazetteer file (expected '" + std::string(kHeader) + "')", name, -1, line_no};
      header_seen = true;
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    auto fields = split_tabs(line);
    if (fields.size() != 5 || fields[0].empty())
      return corpus::InputError{"malformed gazetteer line (expected 5 tab-separated fields)", name, -1, line_no};
    auto kind = parse_gazetteer_kind(fields[1]);
    if (!kind) return corpus::InputError{"unknown gazetteer kind '" + std::string(fields[1]) + "'", name, -1, line_no};
    GazetteerEntry e;
    e.phrase = std::string(fields[0]);
    e.kind = *kind;
    if (fields[2] != "-") e.country = std::string(fields[2]);
    auto [p, ec] = std::from_chars(fields[3].data(), fields[3].data() + fields[3].size(), e.population);
    if (ec != std::errc() || p != fields[3].data() + fields[3].size())
      return corpus::InputError{"bad population '" + std::string(fields[3]) + "'", name, -1, line_no};
    e.canonical = std::string(fields[4]);
    gaz.entries.push_back(std::move(e));
  }
  if (!header_seen) return corpus::InputError{"empty gazetteer file", name, -1, 0};
  for (uint32_t i = 0; i < gaz.entries.size(); ++i) {
    const auto& e = gaz.entries[i];
    std::string key = match_key(e.phrase);
    uint32_t n_tokens = 1 + static_cast<uint32_t>(std::count(key.begin(), key.end(), ' '));
    gaz.max_tokens = std::max(gaz.max_tokens, n_tokens);
    for (size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1)) gaz.by_key[key.substr(0, sp)];
    gaz.by_key[key].push_back(i);
  }
  // Most populous city first, so lookups pick it.
  for (auto& [key, ids] : gaz.by_key)
    std::stable_sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) {
      return gaz.entries[a].population > gaz.entries[b].population;
    });
  build_hash_index(&gaz);
  *out = std::move(gaz);
  return std::nullopt;
}

std::optional<corpus::InputError> load_gazetteer(const std::string& path, Gazetteer* out) {
  *out = Gazetteer{};
  std::ifstream in(path, std::ios::binary);
  if (!in) return corpus::InputError{"cannot open gazetteer file", path, -1, 0};
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_gazetteer(ss.str(), path, out);
}

bool case_compatible(std::string_view text, const GazetteerEntry& e) {
  if (has_upper(e.phrase) && !has_upper(text)) return false;
  if (has_upper(e.phrase) && !has_lower(e.phrase) && has_lower(text)) return false;
  return true;
}

std::vector<const GazetteerEntry*> lookup_all(const Gazetteer& gaz, std::string_view text) {
  std::vector<const GazetteerEntry*> out;
  auto it = gaz.by_key.find(match_key(text));
  if (it == gaz.by_key.end()) return out;
  for (uint32_t i : it->second)
    if (case_compatible(text, gaz.entries[i])) out.push_back(&gaz.entries[i]);
  return out;
}

const GazetteerEntry* lookup(const Gazetteer& gaz, std::string_view text, GazetteerKind kind) {
  auto it = gaz.by_key.find(match_key(text));
  if (it == gaz.by_key.end()) return nullptr;
  for (uint32_t i : it->second)
    if (gaz.entries[i].kind == kind && case_compatible(text, gaz.entries[i])) return &gaz.entries[i];
  return nullptr;
}

std::vector<GazetteerMatch> find_matches(const Gazetteer& gaz, const std::vector<std::string_view>& tokens,
                                         bool case_guards) {
  std::vector<GazetteerMatch> out;
  if (gaz.key_hashes.slots.empty()) return out;
  // Each token's key once (ASCII lower case inline; ICU only for non-ASCII tokens).
  std::vector<std::string> keys(tokens.size());
  for (size_t t = 0; t < tokens.size(); ++t) {
    const std::string_view tok = tokens[t];
    if (std::all_of(tok.begin(), tok.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
      keys[t].resize(tok.size());
      for (size_t k = 0; k < tok.size(); ++k)
        keys[t][k] = (tok[k] >= 'A' && tok[k] <= 'Z') ? static_cast<char>(tok[k] - 'A' + 'a') : tok[k];
    } else {
      keys[t] = match_key(tok);
    }
  }
  std::string surface;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    uint32_t longest = std::min<uint32_t>(gaz.max_tokens, static_cast<uint32_t>(tokens.size()) - i);
    uint64_t h = kFnvOffset;
    surface.clear();
    size_t before = out.size();
    for (uint32_t n = 1; n <= longest; ++n) {
      if (n > 1) {
        h = fnv_extend(h, " ");
        surface += ' ';
      }
      surface += tokens[i + n - 1];
      h = fnv_extend(h, keys[i + n - 1]);
      const int64_t found = find_hash(gaz.key_hashes, h);
      if (found < 0) break;  // no phrase continues this way
      bool seen[kGazetteerKindCount] = {};
      for (uint32_t id : gaz.key_ids[static_cast<size_t>(found)]) {
        const auto& e = gaz.entries[id];
        int k = static_cast<int>(e.kind);
        if (seen[k] || (case_guards && !case_compatible(surface, e))) continue;
        seen[k] = true;
        out.push_back({i, i + n, &e});
      }
    }
    // Longer matches first for this start.
    std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
                     [](const GazetteerMatch& a, const GazetteerMatch& b) { return a.end > b.end; });
  }
  return out;
}

}  // namespace newsgraph::extractor
