// newsgraph-train ner: trains the NER tagger's averaged-perceptron models (extractor/ner_tagger.h).
//
//   newsgraph-train ner --train ../shared/data/conll2003/eng.train
//       --dev ../shared/data/conll2003/eng.testa --epochs 10 --seed 1
//
// Reads CoNLL (IOB1/IOB2), token-tag (WNUT, WikiANN, UNER) and CoNLL-U (GUM Entity=) files,
// auto-detected (extractor/ner_data.h). Files that do not annotate a type (WikiANN has no MISC)
// are trained with partial labels: where the model predicts a missing type over words the file
// labels O, that prediction counts as gold. --silver CoNLL-U files without NER are labelled by
// a first model and filtered by part of speech (see add_silver_labels).
//
// Two stages (--stages 2, the default): stage 1 sees local features; stage 2 also sees the
// stage-1 labels of the document (ner_features.h). Stage 2 is trained on jackknifed stage-1
// labels (4 folds over documents), so that it learns how far to trust them on unseen text.
//
// Domain adaptation (--domain-features, Daume III 2007, "Frustratingly easy domain
// adaptation"): every feature of a training document also fires in a copy for the document's
// domain (GUM genre, or the file's folder: conll2003, wikiann_en, wnut17), so that what is
// peculiar to one corpus (WikiANN's title fragments, WNUT's hashtags) is learnt by its copy
// and the general weights keep what the corpora share. Tagging computes no copies: the saved
// model is the general weights plus --merge-weight times the copies of --merge-domain (the
// news domain the pipeline tags, conll2003); --target-domain domains get no copies at all.
// Files without document markers (WikiANN, WNUT-17) are split into one document per
// sentence. --treat-missing wnut17=MISC: WNUT's products and creative works are not CoNLL's
// MISC (which also has nationalities and events), so MISC counts as unannotated there.
//
// `newsgraph-train ner clusters ...` learns the word clusters instead (train_ner_clusters.cpp).
//
// Deterministic for a given seed (sentence order is shuffled by std::mt19937_64). Prints the
// dev scores after each epoch and keeps each stage's epoch with the best F1 on the first --dev
// file. Writes OUT/ner.model and, with two stages, OUT/ner_stage2.model.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <random>
#include <unordered_map>
#include <unordered_set>

#include "extractor/ner_data.h"
#include "extractor/ner_tagger.h"

using namespace newsgraph::extractor;

namespace {

struct TrainDoc {
  NerDocument ner;
  uint32_t missing_types = 0;               // bit per model type the source does not annotate
  std::vector<std::vector<bool>> unknown;   // per sentence: words whose label is unknown (silver)
  std::vector<int> first_stage;             // jackknifed stage-1 labels, per document word
  uint32_t domain = 0;                      // 1-based id of its training domain (--domain-features), 0: none
};

struct TrainSentence {
  std::vector<uint32_t> rows;     // feature row ids, token by token
  std::vector<uint32_t> offsets;  // per token, into rows
  std::vector<int> gold;          // BILOU labels
  uint32_t missing_types = 0;
  std::vector<bool> unknown;
};

struct DevSet {
  std::string path;
  NerCorpus corpus;
};

std::vector<int> bilou_labels(const NerSentence& s, const std::vector<std::string>& types) {
  std::vector<int> labels(s.words.size(), 0);
  for (const auto& span : s.spans) {
    auto it = std::find(types.begin(), types.end(), span.type);
    if (it == types.end()) continue;
    int t = static_cast<int>(it - types.begin());
    if (span.end - span.first == 1) {
      labels[span.first] = bilou_label(t, BilouPosition::kUnit);
      continue;
    }
    for (uint32_t i = span.first; i < span.end; ++i)
      labels[i] = bilou_label(t, i == span.first ? BilouPosition::kBegin
                                 : i + 1 == span.end ? BilouPosition::kLast : BilouPosition::kInside);
  }
  return labels;
}

void print_error(const newsgraph::corpus::InputError& e) {
  std::fprintf(stderr, "newsgraph: train ner: %s (%s%s)\n", e.message.c_str(), e.file.c_str(),
               e.line ? (":" + std::to_string(e.line)).c_str() : "");
}

NerScore evaluate(const NerTagger& tagger, const NerCorpus& corpus) {
  NerScore score;
  for (const auto& nd : corpus.documents) {
    Document doc = document_from_ner(nd);
    tag_entities(tagger, doc);
    for (uint32_t s = 0; s < nd.sentences.size(); ++s) {
      auto pred = sentence_spans(doc, s);
      std::erase_if(pred, [&](const NerSpan& p) {
        return std::find(corpus.label_set.begin(), corpus.label_set.end(), p.type) == corpus.label_set.end();
      });
      add_ner_counts(nd.sentences[s].spans, pred, &score);
    }
  }
  return score;
}

// Silver labels for a CoNLL-U file without NER (UD English-EWT train): the first model's
// spans that are proper-noun phrases are kept; other PER/ORG/LOC predictions become O (so
// the model learns that capitalised common words of web text are not names); the words of
// other MISC predictions, and proper nouns outside every kept span, are unknown.
void add_silver_labels(const NerTagger& tagger, TrainDoc* td) {
  static const std::vector<std::string> kGlue = {"of", "the", "and", "&", "'s", "-", ".", "de", "for"};
  Document doc = document_from_ner(td->ner);
  tag_entities(tagger, doc);
  for (uint32_t s = 0; s < td->ner.sentences.size(); ++s) {
    NerSentence& sent = td->ner.sentences[s];
    sent.spans.clear();
    auto is_propn = [&](uint32_t i) { return i < sent.upos.size() && sent.upos[i] == "PROPN"; };
    std::vector<bool> covered(sent.words.size(), false), unknown(sent.words.size(), false);
    for (const auto& span : sentence_spans(doc, s)) {
      bool ok = is_propn(span.first) && is_propn(span.end - 1);
      for (uint32_t i = span.first; i < span.end && ok; ++i)
        ok = is_propn(i) || std::find(kGlue.begin(), kGlue.end(), sent.words[i]) != kGlue.end();
      if (ok) {
        sent.spans.push_back(span);
        for (uint32_t i = span.first; i < span.end; ++i) covered[i] = true;
      } else if (span.type == "MISC") {
        // Nationalities are adjectives ("American"): MISC need not be proper nouns.
        for (uint32_t i = span.first; i < span.end; ++i) unknown[i] = true;
      }
    }
    for (uint32_t i = 0; i < sent.words.size(); ++i) unknown[i] = unknown[i] || (is_propn(i) && !covered[i]);
    td->unknown.push_back(std::move(unknown));
  }
}

// Adds a title-case copy of every sentence in capitals ("SOCCER - JAPAN GET LUCKY WIN" ->
// "Soccer - Japan Get Lucky Win"), so that the model sees title-case headlines, which
// CoNLL-2003 writes in capitals. Returns the number of copies.
size_t add_title_case_copies(NerDocument* doc) {
  static const std::vector<std::string> kSmall = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to",
                                                   "for", "with", "by", "from", "as", "vs", "after", "over"};
  std::vector<NerSentence> out;
  size_t copies = 0;
  for (auto& s : doc->sentences) {
    int letters = 0;
    bool lower = false;
    for (const auto& w : s.words)
      for (char c : w) {
        letters += std::isalpha(static_cast<unsigned char>(c)) != 0;
        lower |= c >= 'a' && c <= 'z';
      }
    out.push_back(s);
    if (lower || letters < 8 || s.words.size() < 4) continue;
    NerSentence copy = s;
    for (size_t i = 0; i < copy.words.size(); ++i) {
      std::string& w = copy.words[i];
      std::string low = w;
      for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (i > 0 && std::find(kSmall.begin(), kSmall.end(), low) != kSmall.end()) { w = low; continue; }
      for (size_t k = 1; k < w.size(); ++k) w[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[k])));
    }
    out.push_back(std::move(copy));
    ++copies;
  }
  doc->sentences = std::move(out);
  return copies;
}

// An all-lower-case copy of every `every`-th sentence of `doc` that has a name ("I live in
// tampa bay"), as a document of its own (so that the document-level casing features of `doc`
// are unchanged, and the copy reads like a writer who never capitalises), so that the model
// sees names written without capitals and learns the lower-case gazetteer features.
// `counter` runs across documents.
NerDocument lower_case_copies(const NerDocument& doc, int every, size_t* counter) {
  NerDocument out;
  if (every <= 0) return out;
  for (const auto& s : doc.sentences) {
    if (s.spans.empty() || (*counter)++ % static_cast<size_t>(every) != 0) continue;
    NerSentence copy = s;
    for (auto& w : copy.words)
      for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.sentences.push_back(std::move(copy));
  }
  return out;
}

// The domain of a training file for --domain-features: GUM files by genre ("gum_news" for
// GUM_news_*.conllu), other files by their folder ("conll2003", "wikiann_en", "wnut17").
std::string training_domain(const std::string& path) {
  size_t slash = path.rfind('/');
  std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  if (base.rfind("GUM_", 0) == 0) return "gum_" + base.substr(4, base.find('_', 4) - 4);
  if (slash == std::string::npos || slash == 0) return "";
  size_t parent = path.rfind('/', slash - 1);
  return path.substr(parent == std::string::npos ? 0 : parent + 1, slash - (parent == std::string::npos ? 0 : parent + 1));
}

// Daume III (2007) "Frustratingly easy domain adaptation": the copy of feature `f` that fires
// only in training documents of `domain` (1-based). Tagging never computes these copies, so
// their weights absorb what is peculiar to one training corpus and are dropped from the model.
uint64_t domain_feature(uint64_t f, uint32_t domain) {
  uint64_t h = (f ^ (0xD6E8FEB86659FD93ull * domain)) * 0x9E3779B97F4A7C15ull;
  h ^= h >> 31;
  return h ? h : 2;
}

// Prunes weights below `prune` in magnitude.
void prune_model(NerModel* m, float prune) {
  std::vector<uint64_t> keys;
  std::vector<float> rows;
  const int L = m->labels;
  for (size_t slot = 0; slot < m->keys.size(); ++slot) {
    if (!m->keys[slot]) continue;
    bool any = false;
    float row[64];
    for (int y = 0; y < L; ++y) {
      float v = m->weights[slot * L + y];
      row[y] = std::fabs(v) < prune ? 0.0f : v;
      any |= row[y] != 0.0f;
    }
    if (!any) continue;
    keys.push_back(m->keys[slot]);
    rows.insert(rows.end(), row, row + L);
  }
  set_ner_weights(m, keys, rows);
}

// The weights tagging uses: each general feature's row plus `alpha` times the row of its copy
// for the merged domain (`copy_of`: general key -> that copy), without any domain copies
// (`domain_keys`). alpha 0 is Daume's general model; alpha 1 is the merged domain's model.
void fold_domain_copies(NerModel* m, const std::unordered_map<uint64_t, uint64_t>& copy_of, float alpha,
                        const std::unordered_set<uint64_t>& domain_keys) {
  if (domain_keys.empty()) return;
  std::vector<uint64_t> keys;
  std::vector<float> rows;
  const int L = m->labels;
  for (size_t slot = 0; slot < m->keys.size(); ++slot) {
    const uint64_t k = m->keys[slot];
    if (!k || domain_keys.count(k)) continue;
    keys.push_back(k);
    rows.insert(rows.end(), &m->weights[slot * L], &m->weights[slot * L] + L);
    auto it = copy_of.find(k);
    const float* copy = it == copy_of.end() ? nullptr : m->row(it->second);
    if (copy)
      for (int y = 0; y < L; ++y) rows[rows.size() - L + y] += alpha * copy[y];
  }
  set_ner_weights(m, keys, rows);
}

struct PhaseOptions {
  bool second_stage = false;
  int epochs = 10;
  uint64_t seed = 1;
  int min_count = 2;
  float prune = 1e-3f;
  std::vector<bool> include;  // documents to train on (empty: all)
  uint32_t merge_domain = 0;  // domain whose copies are added to the general weights (0: none)
  float merge_weight = 1.0f;  // ... times this
  const char* name = "stage 1";
};

struct PhaseResult {
  NerModel model;
  int best_epoch = 0;
};

// Trains one model. Stage 2 reads TrainDoc::first_stage; its dev scores use tagger.model as
// the first stage. Dev selection only when `devs` is non-empty.
PhaseResult train_phase(NerTagger& tagger, const std::vector<std::string>& types, const std::vector<TrainDoc>& docs,
                        const std::vector<DevSet>& devs, const PhaseOptions& opt) {
  auto t0 = std::chrono::steady_clock::now();
  std::vector<TrainSentence> sentences;
  std::vector<std::vector<uint64_t>> hashed;
  std::unordered_map<uint64_t, uint32_t> counts;
  std::unordered_set<uint64_t> domain_keys;
  std::unordered_map<uint64_t, uint64_t> copy_of;  // general key -> its copy in opt.merge_domain
  std::vector<uint64_t> feats, general;
  std::vector<uint32_t> offsets, general_offsets;
  for (size_t d = 0; d < docs.size(); ++d) {
    if (!opt.include.empty() && !opt.include[d]) continue;
    const TrainDoc& td = docs[d];
    Document doc = document_from_ner(td.ner);
    ner_features(tagger.gazetteer, tagger.clusters, doc, opt.second_stage ? &td.first_stage : nullptr, &feats, &offsets);
    if (td.domain) {
      // Each token's features, then their copies for the document's domain.
      general.swap(feats);
      general_offsets.swap(offsets);
      feats.clear();
      offsets.assign(1, 0);
      for (size_t t = 0; t + 1 < general_offsets.size(); ++t) {
        feats.insert(feats.end(), general.begin() + general_offsets[t], general.begin() + general_offsets[t + 1]);
        for (uint32_t k = general_offsets[t]; k < general_offsets[t + 1]; ++k) {
          feats.push_back(domain_feature(general[k], td.domain));
          domain_keys.insert(feats.back());
          if (td.domain == opt.merge_domain) copy_of.emplace(general[k], feats.back());
        }
        offsets.push_back(static_cast<uint32_t>(feats.size()));
      }
    }
    for (size_t s = 0; s < td.ner.sentences.size(); ++s) {
      const Sentence& sent = doc.sentences[s];
      TrainSentence ts;
      ts.gold = bilou_labels(td.ner.sentences[s], types);
      ts.missing_types = td.ner.sentences[s].partial ? ~0u : td.missing_types;
      if (!td.unknown.empty()) ts.unknown = td.unknown[s];
      std::vector<uint64_t> h(feats.begin() + offsets[sent.first_token], feats.begin() + offsets[sent.end_token]);
      ts.offsets.push_back(0);
      for (uint32_t t = sent.first_token; t < sent.end_token; ++t)
        ts.offsets.push_back(offsets[t + 1] - offsets[sent.first_token]);
      for (uint64_t f : h) ++counts[f];
      hashed.push_back(std::move(h));
      sentences.push_back(std::move(ts));
    }
  }
  // Index the features seen often enough; drop the rest from the sentences.
  std::vector<uint64_t> features;
  std::unordered_map<uint64_t, uint32_t> row_of;
  {
    std::vector<uint64_t> keep;
    for (const auto& [f, c] : counts)
      if (c >= static_cast<uint32_t>(opt.min_count)) keep.push_back(f);
    std::sort(keep.begin(), keep.end());  // deterministic row order
    for (uint64_t f : keep) { row_of.emplace(f, static_cast<uint32_t>(features.size())); features.push_back(f); }
  }
  counts.clear();
  for (size_t i = 0; i < sentences.size(); ++i) {
    auto& ts = sentences[i];
    std::vector<uint32_t> rows, offs{0};
    for (size_t t = 0; t + 1 < ts.offsets.size(); ++t) {
      for (uint32_t k = ts.offsets[t]; k < ts.offsets[t + 1]; ++k) {
        auto it = row_of.find(hashed[i][k]);
        if (it != row_of.end()) rows.push_back(it->second);
      }
      offs.push_back(static_cast<uint32_t>(rows.size()));
    }
    ts.rows = std::move(rows);
    ts.offsets = std::move(offs);
    std::vector<uint64_t>().swap(hashed[i]);
  }
  hashed.clear();
  std::fprintf(stderr, "%s: %zu sentences, %zu features (seen >= %d times), %.1f s\n", opt.name, sentences.size(),
               features.size(), opt.min_count, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());

  NerPerceptronTrainer trainer(types, kNerFeatureVersion, features.size());
  std::mt19937_64 rng(opt.seed);
  std::vector<size_t> order(sentences.size());
  std::iota(order.begin(), order.end(), 0);
  std::vector<int> predicted, gold;
  double best_f1 = -1;
  PhaseResult result;
  for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
    auto te = std::chrono::steady_clock::now();
    std::shuffle(order.begin(), order.end(), rng);
    size_t wrong = 0;
    for (size_t idx : order) {
      const auto& ts = sentences[idx];
      const size_t n = ts.gold.size();
      trainer.decode(ts.rows.data(), ts.offsets.data(), n, &predicted);
      gold = ts.gold;
      if (ts.missing_types || !ts.unknown.empty()) {
        // Partial labels: accept predicted spans of unannotated types, or over unknown
        // words, where the gold says O.
        for (size_t i = 0; i < n;) {
          int y = predicted[i];
          if (y == 0) { ++i; continue; }
          size_t j = i + 1;
          if (bilou_position(y) == BilouPosition::kBegin)
            while (j < n && bilou_position(predicted[j - 1]) != BilouPosition::kLast) ++j;
          bool all_o = true, all_unknown = !ts.unknown.empty();
          for (size_t k = i; k < j; ++k) {
            all_o &= gold[k] == 0;
            all_unknown = all_unknown && ts.unknown[k];
          }
          all_o &= (ts.missing_types >> bilou_type(y) & 1u) || all_unknown;
          if (all_o && (j == n || bilou_allowed(predicted[j - 1], gold[j])) &&
              (i == 0 || bilou_allowed(gold[i - 1], predicted[i])))
            for (size_t k = i; k < j; ++k) gold[k] = predicted[k];
          i = j;
        }
      }
      if (gold != predicted) {
        ++wrong;
        trainer.update(ts.rows.data(), ts.offsets.data(), gold, predicted);
      }
      trainer.tick();
    }
    NerModel averaged = trainer.averaged(features, 1e-6f);
    fold_domain_copies(&averaged, copy_of, opt.merge_weight, domain_keys);
    std::fprintf(stderr, "%s epoch %d: %zu/%zu sentences wrong, %.1f s", opt.name, epoch, wrong, sentences.size(),
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - te).count());
    if (devs.empty()) {
      result.model = std::move(averaged);
      result.best_epoch = epoch;
    } else {
      if (opt.second_stage) tagger.second = averaged;
      else { tagger.model = averaged; tagger.second = NerModel{}; }
      for (size_t d = 0; d < devs.size(); ++d) {
        NerScore score = evaluate(tagger, devs[d].corpus);
        std::fprintf(stderr, "  | %s F1 %.4f (P %.4f R %.4f)", devs[d].path.substr(devs[d].path.rfind('/') + 1).c_str(),
                     score.overall.f1(), score.overall.precision(), score.overall.recall());
        if (d == 0 && score.overall.f1() > best_f1) {
          best_f1 = score.overall.f1();
          result.best_epoch = epoch;
          result.model = averaged;
        }
      }
    }
    std::fputc('\n', stderr);
  }
  prune_model(&result.model, opt.prune);
  std::fprintf(stderr, "%s: epoch %d kept (dev F1 %.4f), %zu features\n", opt.name, result.best_epoch, best_f1,
               result.model.feature_count());
  return result;
}

}  // namespace

int train_ner_clusters_main(int argc, char** argv);  // tools/train/train_ner_clusters.cpp

int train_ner_main(int argc, char** argv) {
  if (argc >= 2 && std::string_view(argv[1]) == "clusters") return train_ner_clusters_main(argc - 1, argv + 1);
  CLI::App app{"Train the NER tagger (averaged perceptron, BILOU, Viterbi)", "newsgraph-train ner"};
  std::vector<std::string> train_files, dev_files, silver_files;
  std::string model_dir = NEWSGRAPH_MODEL_DIR, out_dir;
  int stages = 2, folds = 4;
  bool title_copies = true;
  int silver_every = 1;
  int lower_every = 0;
  bool domain_features = false;
  std::vector<std::string> target_domains;
  std::string merge_domain;
  std::vector<std::string> treat_missing;
  PhaseOptions opt;
  std::string types_csv = "PER,ORG,LOC,MISC";
  app.add_option("--train", train_files, "training files (CoNLL, token-tag or CoNLL-U)")->required();
  app.add_option("--dev", dev_files, "dev files; the first one selects the epoch");
  app.add_option("--silver", silver_files, "CoNLL-U files without NER, labelled by the first model (POS-filtered)");
  app.add_option("--silver-every", silver_every, "use every N-th document of the --silver files")
      ->capture_default_str();
  app.add_option("--epochs", opt.epochs, "passes over the training data")->capture_default_str();
  app.add_option("--seed", opt.seed, "shuffling seed")->capture_default_str();
  app.add_option("--min-count", opt.min_count, "keep features seen at least this often")->capture_default_str();
  app.add_option("--prune", opt.prune, "drop averaged weights smaller than this")->capture_default_str();
  app.add_option("--stages", stages, "1: local features only; 2: add the document-level second stage")
      ->capture_default_str();
  app.add_option("--folds", folds, "jackknife folds for the second stage's training labels")->capture_default_str();
  app.add_option("--title-case-copies", title_copies, "add title-case copies of sentences in capitals")
      ->capture_default_str();
  app.add_option("--lower-case-copies", lower_every,
                 "add an all-lower-case copy of every N-th training sentence with a name (0: none)")
      ->capture_default_str();
  app.add_option("--domain-features", domain_features,
                 "also train a copy of every feature per training domain (GUM genre or the file's folder; "
                 "Daume III 2007), not kept in the model")
      ->capture_default_str();
  app.add_option("--target-domain", target_domains,
                 "with --domain-features: a domain whose documents train only the general features "
                 "(the domain tagged at run time, news: conll2003), so that its weights are all kept");
  app.add_option("--merge-domain", merge_domain,
                 "with --domain-features: a domain (trained with copies) whose copies are added to the general "
                 "weights, times --merge-weight, in the saved model");
  app.add_option("--merge-weight", opt.merge_weight, "weight of the --merge-domain copies")->capture_default_str();
  app.add_option("--treat-missing", treat_missing,
                 "PATTERN=TYPE[,TYPE]: training files whose path contains PATTERN count as not annotating "
                 "TYPE (their spans of it are dropped; the model's predictions of it are not errors), e.g. "
                 "wnut17=MISC, whose products and creative works are not CoNLL's MISC");
  app.add_option("--model-dir", model_dir, "where the gazetteer (and clusters) are read")->capture_default_str();
  app.add_option("--out", out_dir, "directory to write ner.model (and ner_stage2.model) to (default MODEL_DIR)");
  app.add_option("--types", types_csv, "entity types of the model")->capture_default_str();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (out_dir.empty()) out_dir = model_dir;
  std::vector<std::string> types;
  for (size_t start = 0; start <= types_csv.size();) {
    size_t comma = types_csv.find(',', start);
    if (comma == std::string::npos) comma = types_csv.size();
    if (comma > start) types.push_back(types_csv.substr(start, comma - start));
    start = comma + 1;
  }

  if (types.empty() || types.size() > 15) {
    std::fprintf(stderr, "newsgraph: train ner: --types needs 1 to 15 types\n");
    return 2;
  }
  NerTagger tagger;
  if (auto err = load_gazetteer(model_dir + "/" + kGazetteerFile, &tagger.gazetteer)) { print_error(*err); return 1; }
  const std::string clusters_path = model_dir + "/" + kNerClustersFile;
  if (FILE* f = std::fopen(clusters_path.c_str(), "r")) {
    std::fclose(f);
    if (auto err = load_word_clusters(clusters_path, &tagger.clusters)) { print_error(*err); return 1; }
    std::fprintf(stderr, "clusters: %zu words from %s\n", tagger.clusters.paths.size(), clusters_path.c_str());
  }
  std::vector<DevSet> devs;
  for (const auto& path : dev_files) {
    DevSet d{path, {}};
    if (auto err = read_ner_corpus(path, NerFormat::kAuto, &d.corpus)) { print_error(*err); return 1; }
    devs.push_back(std::move(d));
  }
  std::vector<TrainDoc> docs;
  std::vector<std::string> domains;  // domain names; TrainDoc::domain - 1 indexes it
  auto domain_id = [&](const std::string& name) -> uint32_t {
    if (!domain_features || name.empty() ||
        std::find(target_domains.begin(), target_domains.end(), name) != target_domains.end())
      return 0;
    auto it = std::find(domains.begin(), domains.end(), name);
    if (it == domains.end()) it = domains.insert(domains.end(), name);
    return static_cast<uint32_t>(it - domains.begin()) + 1;
  };
  size_t lower_counter = 0;
  for (const auto& path : train_files) {
    const uint32_t domain = domain_id(training_domain(path));
    NerCorpus corpus;
    if (auto err = read_ner_corpus(path, NerFormat::kAuto, &corpus)) { print_error(*err); return 1; }
    uint32_t missing = 0;
    for (size_t t = 0; t < types.size(); ++t)
      if (std::find(corpus.label_set.begin(), corpus.label_set.end(), types[t]) == corpus.label_set.end())
        missing |= 1u << t;
    for (const auto& spec : treat_missing) {
      size_t eq = spec.find('=');
      if (eq == std::string::npos || path.find(spec.substr(0, eq)) == std::string::npos) continue;
      for (size_t t = 0; t < types.size(); ++t) {
        if (("," + spec.substr(eq + 1) + ",").find("," + types[t] + ",") == std::string::npos) continue;
        missing |= 1u << t;
        for (auto& nd : corpus.documents)
          for (auto& s : nd.sentences) std::erase_if(s.spans, [&](const NerSpan& sp) { return sp.type == types[t]; });
      }
    }
    if (!corpus.document_markers) {
      // Unrelated sentences (WikiANN fragments, WNUT-17 posts): one document each, so that the
      // document-level features (casing elsewhere, stage-1 labels elsewhere) see no strangers.
      std::vector<NerDocument> split;
      for (auto& nd : corpus.documents)
        for (auto& s : nd.sentences) split.push_back(NerDocument{{std::move(s)}});
      corpus.documents = std::move(split);
    }
    std::fprintf(stderr, "train: %s: %zu documents, %zu sentences, %zu words, unannotated-type mask %u, domain %u\n",
                 path.c_str(), corpus.documents.size(), corpus.sentence_count(), corpus.word_count(), missing, domain);
    size_t copies = 0, lower_copies = 0;
    for (auto& nd : corpus.documents) {
      if (title_copies) copies += add_title_case_copies(&nd);
      NerDocument lower = lower_case_copies(nd, lower_every, &lower_counter);
      docs.push_back({std::move(nd), missing, {}, {}, domain});
      if (!lower.sentences.empty()) {
        lower_copies += lower.sentences.size();
        docs.push_back({std::move(lower), missing, {}, {}, domain});
      }
    }
    if (copies) std::fprintf(stderr, "train: %s: %zu title-case copies of sentences in capitals\n", path.c_str(), copies);
    if (lower_copies)
      std::fprintf(stderr, "train: %s: %zu lower-case copies of sentences with names\n", path.c_str(), lower_copies);
  }

  if (!merge_domain.empty()) opt.merge_domain = domain_id(merge_domain);
  PhaseResult first = train_phase(tagger, types, docs, devs, opt);
  if (!silver_files.empty()) {
    tagger.model = first.model;
    tagger.second = NerModel{};
    for (const auto& path : silver_files) {
      NerCorpus corpus;
      if (auto err = read_ner_corpus(path, NerFormat::kConllu, &corpus)) { print_error(*err); return 1; }
      for (size_t d = 0; d < corpus.documents.size(); d += static_cast<size_t>(std::max(1, silver_every))) {
        TrainDoc td{std::move(corpus.documents[d]), 0, {}, {}, domain_id("silver")};
        add_silver_labels(tagger, &td);
        docs.push_back(std::move(td));
      }
      std::fprintf(stderr, "silver: %s: %zu sentences labelled by the first model\n", path.c_str(), corpus.sentence_count());
    }
    first = train_phase(tagger, types, docs, devs, opt);
  }
  if (auto err = save_ner_model(first.model, out_dir + "/" + kNerModelFile)) { print_error(*err); return 1; }
  std::printf("train ner: stage 1, epoch %d, %zu features -> %s/%s\n", first.best_epoch, first.model.feature_count(),
              out_dir.c_str(), kNerModelFile);
  if (stages < 2) return 0;

  // Jackknifed stage-1 labels for the training documents.
  PhaseOptions fold_opt = opt;
  fold_opt.epochs = std::max(1, first.best_epoch);
  fold_opt.prune = 0;
  for (int k = 0; k < folds; ++k) {
    fold_opt.include.assign(docs.size(), true);
    for (size_t d = k; d < docs.size(); d += folds) fold_opt.include[d] = false;
    std::string name = "fold " + std::to_string(k + 1);
    fold_opt.name = name.c_str();
    NerTagger fold_tagger;
    fold_tagger.gazetteer = tagger.gazetteer;
    fold_tagger.clusters = tagger.clusters;
    fold_tagger.model = train_phase(fold_tagger, types, docs, {}, fold_opt).model;
    for (size_t d = k; d < docs.size(); d += folds)
      docs[d].first_stage = first_stage_labels(fold_tagger, document_from_ner(docs[d].ner));
  }
  tagger.model = first.model;
  PhaseOptions second_opt = opt;
  second_opt.second_stage = true;
  second_opt.name = "stage 2";
  PhaseResult second = train_phase(tagger, types, docs, devs, second_opt);
  if (auto err = save_ner_model(second.model, out_dir + "/" + kNerStage2File)) { print_error(*err); return 1; }
  std::printf("train ner: stage 2, epoch %d, %zu features -> %s/%s\n", second.best_epoch, second.model.feature_count(),
              out_dir.c_str(), kNerStage2File);
  return 0;
}
