#include "tools/newsgraph/input.h"

#include <filesystem>

namespace newsgraph::cli {
namespace {

// Regular files under folder `dir` that a folder walk passes over for their extension
// (hidden files and folders, and symlinked folders, are not looked into, as there).
int64_t count_unsupported(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (dir == "-" || !fs::is_directory(dir, ec)) return 0;
  int64_t n = 0;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    std::error_code sec;
    if (name.empty() || name[0] == '.' || fs::is_symlink(it->symlink_status(sec))) {
      if (it->is_directory(sec)) it.disable_recursion_pending();
      if (name.empty() || name[0] == '.') continue;
    }
    if (it->is_regular_file(sec) && corpus::format_of(name) == corpus::Format::kUnsupported) ++n;
  }
  return n;
}

}  // namespace

std::vector<InputFile> list_inputs(const std::vector<std::string>& paths,
                                   const std::function<void(const corpus::InputError&)>& error,
                                   int64_t* unsupported) {
  std::vector<InputFile> files;
  for (const auto& p : paths) {
    if (unsupported) *unsupported += count_unsupported(p);
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
