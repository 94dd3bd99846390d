// newsgraph-eval ner FILE...: tags the gold tokens of each file with the shipped NER tagger
// and prints precision, recall and F1 per type and overall, counted on exact spans as
// conlleval counts chunks. Our OntoNotes types are mapped to the coarse set (PERSON -> PER,
// ORG -> ORG, GPE/LOC/FAC -> LOC, NORP/EVENT/PRODUCT/LAW/WORK_OF_ART/LANGUAGE -> MISC), and
// predictions of a type the file does not annotate (MISC in UNER or WikiANN) are ignored
// (a file without any entity keeps them all, for tagging unlabelled text with --output).
// Gold labels of other files are mapped the same way (WNUT corporation/group -> ORG, ...).
//
//   newsgraph-eval ner ../shared/data/conll2003/eng.testa [--output pred.txt] [--model-dir DIR]
//
// --rules SOURCES also runs the first-stage rule NER (extractor/ner_rules.h) after the model and
// keeps the mentions it adds from the given sources ("gazetteer", "rule" or "gazetteer,rule"),
// to measure which rules add to the model; --no-model scores the rules alone.
//
// --half 1 or --half 2 scores only the first or the second half of each file's documents (a
// document belongs to the first half when it starts before the file's middle sentence), so that
// one half can be tuned on and the other kept as a held-out check; every document is tagged
// either way (documents_in_half of extractor/ner_data.h; UNER EWT dev: half 1 = sentences
// 1-1007, half 2 = 1008-2001).
//
// --output writes conlleval's input: "word gold-tag predicted-tag" (IOB2), a blank line
// between sentences, so any conlleval implementation can re-check the numbers.
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>

#include "extractor/lexicon.h"
#include "extractor/ner_data.h"
#include "extractor/ner.h"
#include "extractor/ner_rules.h"
#include "extractor/ner_tagger.h"

using namespace newsgraph::extractor;

namespace {

void print_error(const newsgraph::corpus::InputError& e) {
  std::fprintf(stderr, "newsgraph: eval ner: %s (%s%s)\n", e.message.c_str(), e.file.c_str(),
               e.line ? (":" + std::to_string(e.line)).c_str() : "");
}

std::vector<std::string> iob2(const std::vector<NerSpan>& spans, size_t n) {
  std::vector<std::string> tags(n, "O");
  for (const auto& s : spans)
    for (uint32_t i = s.first; i < s.end; ++i) tags[i] = (i == s.first ? "B-" : "I-") + s.type;
  return tags;
}

void print_row(const char* name, const NerCounts& c) {
  std::printf("  %-8s precision %6.2f%%  recall %6.2f%%  F1 %6.2f  (gold %lld, found %lld, correct %lld)\n", name,
              100 * c.precision(), 100 * c.recall(), 100 * c.f1(), static_cast<long long>(c.gold),
              static_cast<long long>(c.predicted), static_cast<long long>(c.correct));
}

}  // namespace

int eval_ner_main(int argc, char** argv) {
  CLI::App app{"Score the NER tagger on gold-tokenised files (conlleval span counting)", "newsgraph-eval ner"};
  std::vector<std::string> files;
  std::string model_dir = NEWSGRAPH_MODEL_DIR, output;
  app.add_option("FILE", files, "CoNLL, token-tag (WNUT, WikiANN, UNER) or CoNLL-U (GUM) files")->required();
  app.add_option("--model-dir", model_dir, "directory with ner.model and gazetteers/")->capture_default_str();
  app.add_option("--output", output, "write conlleval input (word gold predicted) here");
  std::string rules;
  bool no_model = false;
  app.add_option("--rules", rules, "also keep rule-NER mentions from these sources: gazetteer,rule");
  app.add_flag("--no-model", no_model, "score the rule NER alone (with --rules)");
  std::string combine;
  app.add_option("--combine", combine,
                 "run the pipeline's NER stage (extractor/ner.h): rules-first, model-first, model, rules");
  int half = 0;
  app.add_option("--half", half, "score only the first (1) or second (2) half of each file's documents")
      ->check(CLI::Range(1, 2));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (const char* env = std::getenv("NEWSGRAPH_MODELS"); env && model_dir == NEWSGRAPH_MODEL_DIR) model_dir = env;
  NerTagger tagger;
  auto t0 = std::chrono::steady_clock::now();
  if (auto err = load_ner_tagger(model_dir, &tagger)) { print_error(*err); return 1; }
  double load_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("model: %s (%zu features, loaded in %.2f s)\n", model_dir.c_str(), tagger.model.feature_count(), load_s);
  Lexicon lexicon;
  std::optional<NerCombination> combination;
  if (!combine.empty()) {
    combination = parse_ner_combination(combine);
    if (!combination) { std::fprintf(stderr, "newsgraph-eval: ner: bad --combine '%s'\n", combine.c_str()); return 2; }
  }
  if (!rules.empty() || combination) {
    if (auto err = load_lexicon(model_dir, &lexicon)) { print_error(*err); return 1; }
    // As load_pipeline() does: the gazetteer's countries and demonyms complete the lexicon.
    complete_lexicon(tagger.gazetteer, &lexicon);
  }
  std::ofstream out;
  if (!output.empty()) {
    out.open(output);
    if (!out) { print_error({"cannot write", output, -1, 0}); return 1; }
  }
  int status = 0;
  for (const auto& path : files) {
    NerCorpus corpus;
    if (auto err = read_ner_corpus(path, NerFormat::kAuto, &corpus)) { print_error(*err); status = 1; continue; }
    NerScore score;
    size_t words = 0;
    double tag_s = 0;
    const std::vector<bool> in_half = documents_in_half(corpus, half);
    for (size_t d = 0; d < corpus.documents.size(); ++d) {
      const NerDocument& nd = corpus.documents[d];
      const bool scored = in_half[d];
      Document doc = document_from_ner(nd);
      auto ts = std::chrono::steady_clock::now();
      if (combination) {
        recognise_entities(tagger, lexicon, doc, *combination);
      } else if (!no_model) {
        tag_entities(tagger, doc);
      }
      if (!combination && !rules.empty()) {
        find_rule_mentions(lexicon, doc);
        std::erase_if(doc.mentions, [&](const Mention& m) {
          return m.source != "model" && rules.find(m.source) == std::string::npos;
        });
      }
      tag_s += std::chrono::duration<double>(std::chrono::steady_clock::now() - ts).count();
      words += doc.tokens.size();
      for (uint32_t s = 0; scored && s < nd.sentences.size(); ++s) {
        auto pred = sentence_spans(doc, s);
        if (!corpus.label_set.empty())
          std::erase_if(pred, [&](const NerSpan& p) {
            return std::find(corpus.label_set.begin(), corpus.label_set.end(), p.type) == corpus.label_set.end();
          });
        const auto& gold = nd.sentences[s].spans;
        add_ner_counts(gold, pred, &score);
        if (out) {
          const auto& w = nd.sentences[s].words;
          auto g = iob2(gold, w.size()), p = iob2(pred, w.size());
          for (size_t i = 0; i < w.size(); ++i) out << w[i] << ' ' << g[i] << ' ' << p[i] << '\n';
          out << '\n';
        }
      }
    }
    std::string types;
    for (const auto& t : corpus.label_set) types += (types.empty() ? "" : ",") + t;
    std::printf("%s: %zu sentences, %zu tokens, types %s, %.0f tokens/s tagging\n", path.c_str(),
                corpus.sentence_count(), words, types.c_str(), tag_s > 0 ? words / tag_s : 0.0);
    for (const auto& [type, counts] : score.by_type) print_row(type.c_str(), counts);
    print_row("overall", score.overall);
  }
  return status;
}
