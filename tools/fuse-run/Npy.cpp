//===- Npy.cpp - Minimal .npy reader and writer for fuse-run --------------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#include "Npy.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <cstring>

using namespace llvm;

namespace fuse {

int64_t NpyArray::numElements() const {
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  return n;
}

bool isReasonableShape(ArrayRef<int64_t> shape, unsigned elementSize) {
  uint64_t bytes = elementSize;
  for (int64_t d : shape) {
    if (d < 0)
      return false;
    if (d != 0 && bytes > kMaxArrayBytes / static_cast<uint64_t>(d))
      return false;
    bytes *= static_cast<uint64_t>(d);
  }
  return bytes <= kMaxArrayBytes;
}

unsigned NpyArray::elementSize(StringRef dtype) {
  if (dtype == "<f4" || dtype == "<i4")
    return 4;
  if (dtype == "<f8" || dtype == "<i8")
    return 8;
  return 0;
}

static Error npyError(StringRef path, const Twine &msg) {
  return createStringError(inconvertibleErrorCode(), path + ": " + msg.str());
}

/// Returns the text of a Python dict entry `'key': value` in `header`.
static std::optional<StringRef> dictValue(StringRef header, StringRef key) {
  std::string quoted = ("'" + key + "'").str();
  size_t pos = header.find(quoted);
  if (pos == StringRef::npos)
    return std::nullopt;
  StringRef rest = header.drop_front(pos + quoted.size()).ltrim();
  if (!rest.consume_front(":"))
    return std::nullopt;
  return rest.ltrim();
}

Expected<NpyArray> readNpy(StringRef path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> file = MemoryBuffer::getFile(path);
  if (!file)
    return npyError(path, "cannot open: " + file.getError().message());
  StringRef bytes = (*file)->getBuffer();
  if (!bytes.starts_with("\x93NUMPY") || bytes.size() < 10)
    return npyError(path, "not a .npy file");
  uint8_t major = bytes[6];
  size_t headerLen, offset;
  if (major == 1) {
    headerLen = uint8_t(bytes[8]) | (uint8_t(bytes[9]) << 8);
    offset = 10;
  } else if (major == 2 || major == 3) {
    if (bytes.size() < 12)
      return npyError(path, "truncated header");
    headerLen = 0;
    for (int i = 0; i < 4; ++i)
      headerLen |= size_t(uint8_t(bytes[8 + i])) << (8 * i);
    offset = 12;
  } else {
    return npyError(path, "unsupported .npy version " + Twine(major));
  }
  if (bytes.size() < offset + headerLen)
    return npyError(path, "truncated header");
  StringRef header = bytes.substr(offset, headerLen);

  NpyArray array;
  std::optional<StringRef> descr = dictValue(header, "descr");
  if (!descr || !descr->consume_front("'"))
    return npyError(path, "header has no 'descr'");
  array.dtype = descr->take_until([](char c) { return c == '\''; }).str();
  if (NpyArray::elementSize(array.dtype) == 0)
    return npyError(path, "unsupported dtype '" + array.dtype +
                              "' (supported: <f4, <f8, <i4, <i8)");
  std::optional<StringRef> fortran = dictValue(header, "fortran_order");
  if (!fortran || !fortran->starts_with("False"))
    return npyError(path, "only C-order arrays are supported");
  std::optional<StringRef> shape = dictValue(header, "shape");
  if (!shape || !shape->consume_front("("))
    return npyError(path, "header has no 'shape'");
  StringRef dims = shape->take_until([](char c) { return c == ')'; });
  SmallVector<StringRef> parts;
  dims.split(parts, ',', -1, /*KeepEmpty=*/false);
  for (StringRef part : parts) {
    part = part.trim();
    if (part.empty())
      continue;
    int64_t d;
    if (part.getAsInteger(10, d) || d < 0)
      return npyError(path, "bad dimension '" + part + "' in shape");
    array.shape.push_back(d);
  }
  if (!isReasonableShape(array.shape, NpyArray::elementSize(array.dtype)))
    return npyError(path, "shape is too large");
  size_t want = array.numElements() * NpyArray::elementSize(array.dtype);
  StringRef payload = bytes.drop_front(offset + headerLen);
  if (payload.size() != want)
    return npyError(path, "holds " + Twine(payload.size()) +
                              " bytes of data, but its shape needs " +
                              Twine(want));
  array.data.assign(payload.begin(), payload.end());
  return array;
}

Error writeNpy(StringRef path, const NpyArray &array) {
  // Python tuple syntax: (), (n,), (a, b, c).
  std::string shape;
  for (int64_t d : array.shape)
    shape += (shape.empty() ? "" : ", ") + std::to_string(d);
  if (array.shape.size() == 1)
    shape += ",";
  std::string header = "{'descr': '" + array.dtype +
                       "', 'fortran_order': False, 'shape': (" + shape + ")";
  header += ", }";
  // Pad so that the data starts on a 64-byte boundary; end with '\n'.
  size_t total = 10 + header.size() + 1;
  header.append((64 - total % 64) % 64, ' ');
  header += '\n';

  std::error_code ec;
  raw_fd_ostream os(path, ec, sys::fs::OF_None);
  if (ec)
    return npyError(path, "cannot write: " + ec.message());
  os << "\x93NUMPY" << char(1) << char(0);
  os << char(header.size() & 0xff) << char((header.size() >> 8) & 0xff);
  os << header;
  os.write(array.data.data(), array.data.size());
  return Error::success();
}

} // namespace fuse
