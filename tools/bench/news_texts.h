// The benchmark corpus: every article of SHARED/data/news_texts (gzip JSON Lines, 2,730 news
// articles), read with the corpus layer's readers (corpus/reader.h), in path order.
// Read errors are printed to stderr and skipped. Shared by the programs in tools/bench/.
#ifndef NEWSGRAPH_TOOLS_BENCH_NEWS_TEXTS_H_
#define NEWSGRAPH_TOOLS_BENCH_NEWS_TEXTS_H_

#include <cstdio>
#include <string>
#include <vector>

#include "corpus/reader.h"

namespace newsgraph::bench {

inline std::vector<corpus::Article> read_news_texts(const std::string& shared) {
  std::vector<corpus::Article> articles;
  corpus::read_articles(
      shared + "/data/news_texts",
      [&](corpus::Article&& a) { articles.push_back(std::move(a)); },
      [](corpus::InputError&& e) {
        std::fprintf(stderr, "news_texts: %s (%s)\n", e.message.c_str(), e.file.c_str());
      });
  return articles;
}

}  // namespace newsgraph::bench

#endif  // NEWSGRAPH_TOOLS_BENCH_NEWS_TEXTS_H_
