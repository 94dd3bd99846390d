#include "tools/newsgraph/input.h"

#include <filesystem>

namespace newsgraph::cli {

std::vector<InputFile> list_inputs(const std::vector<std::string>& paths,
                                   const std::function<void(const corpus::InputError&)>& error) {
  std::vector<InputFile> files;
  for (const auto& p : paths) {
    for (auto& f : corpus::list_article_files(p, [&](corpus::InputError&& e) { error(e); })) {
      std::error_code ec;
      auto size = f == "-" ? 0 : std::filesystem::file_size(f, ec);
      files.push_back({f, ec ? 0 : static_cast<int64_t>(size)});
    }
  }
  return files;
}

void read_file(const InputFile& file, const corpus::ReadOptions& options,
               const std::function<void(corpus::Article&&)>& article,
               const std::function<void(const corpus::InputError&)>& error) {
  corpus::read_articles(file.path, article, [&](corpus::InputError&& e) { error(e); }, options);
}

}  // namespace newsgraph::cli
