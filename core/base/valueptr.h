// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <utility>

namespace scalelab {

/// An owning pointer that copies what it points to, so that a struct holding one stays
/// copyable by value (the engine is copied whole for the timeline's snapshots).
/// A polymorphic T is copied through its `clone()`; any other T through its copy constructor.
template <typename T>
class ValuePtr
{
public:
    ValuePtr() = default;
    ValuePtr(std::nullptr_t) {}
    template <typename U>
    ValuePtr(std::unique_ptr<U> owned) : m_ptr(std::move(owned)) {}

    ValuePtr(const ValuePtr &other) : m_ptr(copyOf(other.m_ptr.get())) {}
    ValuePtr(ValuePtr &&) noexcept = default;
    ValuePtr &operator=(const ValuePtr &other)
    {
        if (this != &other)
            m_ptr = copyOf(other.m_ptr.get());
        return *this;
    }
    ValuePtr &operator=(ValuePtr &&) noexcept = default;
    template <typename U>
    ValuePtr &operator=(std::unique_ptr<U> owned)
    {
        m_ptr = std::move(owned);
        return *this;
    }
    ValuePtr &operator=(std::nullptr_t)
    {
        m_ptr.reset();
        return *this;
    }

    T *get() const { return m_ptr.get(); }
    T *operator->() const { return m_ptr.get(); }
    T &operator*() const { return *m_ptr; }
    explicit operator bool() const { return m_ptr != nullptr; }
    bool operator==(std::nullptr_t) const { return m_ptr == nullptr; }

private:
    static std::unique_ptr<T> copyOf(const T *source)
    {
        if (!source)
            return nullptr;
        if constexpr (requires { source->clone(); })
            return source->clone();
        else
            return std::make_unique<T>(*source);
    }

    std::unique_ptr<T> m_ptr;
};

} // namespace scalelab
