// newsgraph-eval timex DIR...: TIMEX3 recognition and normalisation against TimeML gold, counted
// as the TempEval-3 scorer does (UzZaman et al. 2013): strict and relaxed span P/R/F1, and
// value and type F1 (a relaxed match with the gold attribute counts as a hit).
//
//   newsgraph-eval timex ../shared/data/tempeval3/TBAQ-cleaned
//   newsgraph-eval timex ../shared/data/meantime/intra-doc_annotation   MEANTIME CAT files
//   newsgraph-eval timex DIR --split held      every 5th file (sorted), kept out of development
//   newsgraph-eval timex DIR --output OUT      also write each document as TimeML with our tags
//   newsgraph-eval timex DIR --errors          list misses, false alarms and wrong values
//   newsgraph-eval timex DIR --errors --context    each with the DCT and the text around it
//
// Inputs are TimeML (.tml) files and MEANTIME CAT (.xml) files (Minard et al. 2016; read by
// tools/eval/meantime_format.h, which rebuilds the text from the tokens and leaves the DCT on
// the dateline and the unannotated sentences after the first --sentences out of the counts).
// A file name met again in a later folder is skipped: MEANTIME ships every article twice
// (intra-doc_annotation and intra_cross-doc_annotation, with the same TIMEX3s).
//
// Each document runs through the same stages the pipeline runs before its timex stage
// (extractor/pipeline.cpp): segmentation (extractor/tokenize.h), UPOS and lemmas
// (extractor/pos_tagger.h) and the dependency parse (extractor/dep_parser.h), then the timex
// tagger with the DCT of the document. The models are loaded once from --models
// (default: $NEWSGRAPH_MODELS, else the shipped extractor/models).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "extractor/dep_parser.h"
#include "extractor/document.h"
#include "extractor/pipeline.h"
#include "extractor/pos_tagger.h"
#include "extractor/timex.h"
#include "extractor/timex_normalise.h"
#include "extractor/tokenize.h"
#include "tools/eval/meantime_format.h"
#include "tools/eval/timeml.h"

namespace fs = std::filesystem;
using namespace newsgraph;

namespace {

void print_prf(const char* name, long hits_p, long system, long hits_r, long gold) {
  double p = system ? static_cast<double>(hits_p) / static_cast<double>(system) : 0;
  double r = gold ? static_cast<double>(hits_r) / static_cast<double>(gold) : 0;
  double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
  std::printf("%-14s P %.4f  R %.4f  F1 %.4f\n", name, p, r, f);
}

// A .tml file, or a MEANTIME .xml file as a TimemlDocument; nullopt with *error filled when
// unreadable.
std::optional<eval::TimemlDocument> read_gold(const std::string& path, int sentences,
                                              corpus::InputError* error) {
  if (fs::path(path).extension() != ".xml") return eval::read_timeml(path, error);
  eval::MeantimeDocument meantime;
  if (!eval::read_meantime(path, &meantime, error)) return std::nullopt;
  return eval::meantime_timeml(meantime, sentences);
}

}  // namespace

int eval_timex_main(int argc, char** argv) {
  CLI::App app{"TIMEX3 span, value and type F1 over TimeML (.tml) or MEANTIME (.xml) files, "
               "TempEval-3 style"};
  std::vector<std::string> inputs;
  std::string output, split = "all", models = extractor::model_dir();
  bool errors = false, context = false;
  int sentences = 6;
  app.add_option("DIR", inputs, "folders (searched recursively) or .tml / MEANTIME .xml files")
      ->required();
  app.add_option("--sentences", sentences,
                 "MEANTIME: score sentences [0, N) of each file, the ones its document-level "
                 "annotation covers; 0 = all")
      ->capture_default_str();
  app.add_option("--output", output, "write each document as TimeML with our TIMEX3 tags here");
  app.add_option("--split", split, "all | dev | held: every 5th file of the sorted list is held out")
      ->check(CLI::IsMember({"all", "dev", "held"}));
  app.add_option("--models", models, "model folder (pos.bin, lemma.tsv, parser.bin)")
      ->capture_default_str();
  app.add_flag("--errors", errors, "print each miss, false alarm and wrong value");
  app.add_flag("--context", context, "with --errors: add the DCT and the text around each error");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }

  std::vector<std::string> files;
  std::set<std::string> names;
  int repeated = 0;
  for (const auto& in : inputs) {
    std::error_code ec;
    if (fs::is_directory(in, ec)) {
      std::vector<std::string> here;
      for (const auto& entry : fs::recursive_directory_iterator(in, ec))
        if (entry.is_regular_file() &&
            (entry.path().extension() == ".tml" || entry.path().extension() == ".xml"))
          here.push_back(entry.path().string());
      std::sort(here.begin(), here.end());
      for (const auto& f : here)
        if (names.insert(fs::path(f).filename().string()).second) files.push_back(f);
        else ++repeated;
    } else if (fs::is_regular_file(in, ec)) {
      files.push_back(in);
    } else {
      std::fprintf(stderr, "newsgraph: eval timex: no such file or folder (%s)\n", in.c_str());
      return 1;
    }
  }
  if (repeated)
    std::fprintf(stderr, "newsgraph: eval timex: %d files skipped, their names already read\n",
                 repeated);
  std::sort(files.begin(), files.end());
  if (split != "all") {
    std::vector<std::string> kept;
    for (size_t i = 0; i < files.size(); ++i)
      if ((i % 5 == 4) == (split == "held")) kept.push_back(files[i]);
    files.swap(kept);
  }
  if (files.empty()) {
    std::fprintf(stderr, "newsgraph: eval timex: no .tml or .xml files\n");
    return 1;
  }
  if (!output.empty()) fs::create_directories(output);

  extractor::Segmenter segmenter = extractor::make_segmenter();
  extractor::TimexTagger tagger = extractor::make_timex_tagger();
  extractor::PosTagger pos;
  extractor::DependencyParser parser;
  for (auto error : {extractor::load_pos_tagger(models, &pos),
                     extractor::load_dependency_parser(models, &parser)})
    if (error) {
      std::fprintf(stderr, "newsgraph: eval timex: %s (%s)\n", error->message.c_str(),
                   error->file.c_str());
      return 1;
    }
  eval::TimexCounts counts;
  int bad = 0;
  for (const auto& path : files) {
    corpus::InputError error;
    auto tml = read_gold(path, sentences, &error);
    if (!tml) {
      std::fprintf(stderr, "newsgraph: eval timex: %s (%s)\n", error.message.c_str(), error.file.c_str());
      ++bad;
      continue;
    }
    extractor::Document doc;
    doc.path = path;
    doc.text = tml->text;
    doc.dct = tml->dct;
    extractor::segment(segmenter, doc);
    extractor::tag_pos(pos, doc);
    extractor::parse_dependencies(parser, doc);
    extractor::tag_timexes(tagger, doc);
    std::vector<extractor::Timex> scored = eval::scored_timexes(*tml, doc.timexes);
    eval::count_timexes(tml->gold, scored, tml->text, &counts);
    if (errors) {
      std::string name = fs::path(path).filename().string();
      auto slice = [&](extractor::Span s) { return tml->text.substr(s.begin, s.size()); };
      // The DCT and up to 100 bytes either side of a span, on one line.
      auto around = [&](extractor::Span s) {
        if (!context) return std::string();
        size_t b = s.begin > 100 ? s.begin - 100 : 0;
        size_t e = std::min<size_t>(tml->text.size(), s.end + 100);
        std::string out = "\t[" + (tml->dct ? extractor::format_date(*tml->dct) : std::string("no DCT")) + "] ";
        for (size_t i = b; i < e; ++i) {
          if (i == s.begin) out += "[[";
          out += tml->text[i] == '\n' || tml->text[i] == '\t' ? ' ' : tml->text[i];
          if (i + 1 == s.end) out += "]]";
        }
        return out;
      };
      std::vector<bool> matched(scored.size(), false);
      for (const auto& g : tml->gold) {
        const extractor::Timex* hit = nullptr;
        for (size_t i = 0; i < scored.size(); ++i)
          if (!matched[i] && scored[i].span.overlaps(g.span)) { hit = &scored[i]; matched[i] = true; break; }
        if (!hit) {
          std::printf("MISS\t%s\t%s\t%s\t%s%s\n", name.c_str(), g.type.c_str(), g.value.c_str(),
                      slice(g.span).c_str(), around(g.span).c_str());
        } else if (hit->value != g.value || !(hit->span == g.span) ||
                   g.type != extractor::timex_type_name(hit->type)) {
          const char* what = hit->value != g.value                              ? "VALUE"
                             : g.type != extractor::timex_type_name(hit->type) ? "TYPE"
                                                                                : "SPAN";
          std::printf("%s\t%s\t%s %s\t%s\t| %s %s\t%s%s\n", what, name.c_str(), g.type.c_str(),
                      g.value.c_str(), slice(g.span).c_str(),
                      std::string(extractor::timex_type_name(hit->type)).c_str(), hit->value.c_str(),
                      slice(hit->span).c_str(), around(g.span).c_str());
        }
      }
      for (size_t i = 0; i < scored.size(); ++i)
        if (!matched[i])
          std::printf("EXTRA\t%s\t%s\t%s%s\n", name.c_str(), scored[i].value.c_str(),
                      slice(scored[i].span).c_str(), around(scored[i].span).c_str());
    }
    if (!output.empty()) {
      // Always .tml, the TempEval-3 scorer's extension (MEANTIME inputs are .xml).
      std::ofstream out(fs::path(output) / fs::path(path).filename().replace_extension(".tml"),
                        std::ios::binary);
      out << eval::write_timeml(*tml, doc.timexes);
    }
  }
  std::printf("documents %zu  gold %ld  system %ld\n", files.size() - static_cast<size_t>(bad),
              counts.gold, counts.system);
  print_prf("strict span", counts.strict, counts.system, counts.strict, counts.gold);
  print_prf("relaxed span", counts.relaxed, counts.system, counts.relaxed, counts.gold);
  print_prf("value", counts.value, counts.system, counts.value, counts.gold);
  print_prf("type", counts.type, counts.system, counts.type, counts.gold);
  return bad ? 1 : 0;
}
