// Status and Result<T>: errors as values at every module boundary.
//
// A Status is ok or carries a code and a one-line message meant for the user
// ("not a SQLite database", "binary content (image/png)"). Result<T> holds a
// value or a non-ok Status. Nothing in corpusd throws across a module boundary.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace corpusd {

class Status {
 public:
  enum class Code {
    kOk,
    kInvalidInput,  // the input itself is unusable (empty, binary, malformed)
    kUnsupported,   // a kind of input corpusd does not handle (yet)
    kTooLarge,      // over a configured size limit
    kNotFound,      // a path or record that does not exist
    kIoError,       // the operating system refused (permissions, disk)
    kCorruption,    // stored data is not what it should be
    kInternal,      // a library failed in a way we did not expect
  };

  Status() = default;  // ok
  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string m) { return {Code::kInvalidInput, std::move(m)}; }
  static Status Unsupported(std::string m) { return {Code::kUnsupported, std::move(m)}; }
  static Status TooLarge(std::string m) { return {Code::kTooLarge, std::move(m)}; }
  static Status NotFound(std::string m) { return {Code::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {Code::kIoError, std::move(m)}; }
  static Status Corruption(std::string m) { return {Code::kCorruption, std::move(m)}; }
  static Status Internal(std::string m) { return {Code::kInternal, std::move(m)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  std::string ToString() const { return ok() ? "ok" : message_; }

  // The same status with "context: " put before its message.
  Status WithContext(const std::string& context) const {
    if (ok()) return *this;
    return Status(code_, context + ": " + message_);
  }

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the reason there is none. Construct from either; test ok() first.
template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : data_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(data_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(data_);
  }
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace corpusd
