// newsgraph-eval pos FILE / newsgraph-eval parse FILE: scores the UPOS tagger, the lemmatiser
// and the dependency parser on a gold CoNLL-U file, on its gold words (tokenisation is not
// scored), counting as the CoNLL 2018 shared task scorer does:
//   UPOS, lemma: share of words whose predicted value equals the gold one;
//   UAS: share of words with the gold head; LAS: ... and the gold relation, comparing only the
//   universal part (before ':'); punctuation included.
// `parse` tags with the shipped tagger first (predicted UPOS, a realistic pipeline) unless
// --gold-upos is given. --output PRED.conllu writes the predictions for any standard scorer.
//
//   newsgraph-eval pos ../shared/data/ud_english_ewt/en_ewt-ud-dev.conllu
//   newsgraph-eval parse ../shared/data/ud_english_ewt/en_ewt-ud-dev.conllu --output /tmp/pred.conllu
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "extractor/conllu.h"
#include "extractor/dep_parser.h"
#include "extractor/pipeline.h"
#include "extractor/pos_tagger.h"

using namespace newsgraph::extractor;

namespace {

int report_error(const char* verb, const newsgraph::corpus::InputError& err) {
  std::fprintf(stderr, "newsgraph: eval %s: %s (%s", verb, err.message.c_str(), err.file.c_str());
  if (err.line > 0) std::fprintf(stderr, ":%lld", static_cast<long long>(err.line));
  std::fputs(")\n", stderr);
  return 1;
}

int eval_syntax(const char* verb, bool parse, int argc, char** argv) {
  CLI::App app{parse ? "newsgraph-eval parse: UPOS, lemma, UAS and LAS on a gold CoNLL-U file"
                     : "newsgraph-eval pos: UPOS and lemma accuracy on a gold CoNLL-U file"};
  app.name(std::string("newsgraph-eval ") + verb);
  std::string file, output, models = model_dir();
  bool gold_upos = false;
  app.add_option("FILE", file, "gold CoNLL-U file")->required();
  app.add_option("--models", models, "model folder")->capture_default_str();
  app.add_option("--output", output, "write the predicted CoNLL-U here");
  if (parse) app.add_flag("--gold-upos", gold_upos, "parse with the gold UPOS instead of the tagger's");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  std::vector<ConlluSentence> gold;
  if (auto err = read_conllu_file(file, &gold)) return report_error(verb, *err);
  PosTagger tagger;
  if (auto err = load_pos_tagger(models, &tagger)) return report_error(verb, *err);
  DependencyParser parser;
  if (parse)
    if (auto err = load_dependency_parser(models, &parser)) return report_error(verb, *err);

  Document doc = conllu_to_document(gold);
  auto start = std::chrono::steady_clock::now();
  tag_pos(tagger, doc);
  auto tagged = std::chrono::steady_clock::now();
  if (parse) {
    if (gold_upos) {
      size_t k = 0;
      for (const ConlluSentence& s : gold)
        for (const ConlluWord& w : s.words) doc.tokens[k++].upos = w.upos;
    }
    parse_dependencies(parser, doc);
  }
  auto parsed = std::chrono::steady_clock::now();

  size_t words = 0, upos = 0, lemma = 0, uas = 0, las = 0;
  size_t k = 0;
  for (const ConlluSentence& s : gold) {
    if (s.words.empty()) continue;
    const uint32_t first = static_cast<uint32_t>(k);
    for (const ConlluWord& w : s.words) {
      const Token& t = doc.tokens[k++];
      ++words;
      upos += t.upos == w.upos;
      lemma += t.lemma == w.lemma;
      const int head = t.head < 0 ? 0 : t.head - static_cast<int>(first) + 1;
      if (parse && head == w.head) {
        ++uas;
        las += universal_deprel(t.deprel) == universal_deprel(w.deprel);
      }
    }
  }
  auto pct = [&](size_t x) { return 100.0 * static_cast<double>(x) / static_cast<double>(std::max<size_t>(words, 1)); };
  std::printf("%s: %zu words, %zu sentences\n", file.c_str(), words, doc.sentences.size());
  std::printf("UPOS %.2f  lemma %.2f", pct(upos), pct(lemma));
  if (parse) std::printf("  UAS %.2f  LAS %.2f%s", pct(uas), pct(las), gold_upos ? "  (gold UPOS)" : "");
  std::printf("\n");
  const double tag_s = std::chrono::duration<double>(tagged - start).count();
  const double parse_s = std::chrono::duration<double>(parsed - tagged).count();
  std::printf("time: tagging+lemmas %.3f s%s\n", tag_s,
              parse ? (", parsing " + std::to_string(parse_s) + " s").c_str() : "");
  if (!output.empty()) {
    std::ofstream out(output, std::ios::binary | std::ios::trunc);
    out << to_conllu(doc);
    if (!out) return report_error(verb, {"cannot write", output, -1, 0});
  }
  return 0;
}

}  // namespace

int eval_pos_main(int argc, char** argv) { return eval_syntax("pos", false, argc, argv); }
int eval_parse_main(int argc, char** argv) { return eval_syntax("parse", true, argc, argv); }
