#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <utility>

namespace trapline::ui {

// One setting: its key and default written once (after Tiled's Preference<T>), so that every reader and writer
// agrees on both. Reads and writes go through QSettings each time, so another window's change is seen at once.
template <class T>
class Preference {
public:
    Preference(const char* key, T defaultValue = T()) : m_key(QString::fromLatin1(key)), m_default(std::move(defaultValue)) {}

    T get() const { return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void set(const T& value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    // Back to the default, and so following any later change of the default.
    void reset() const { QSettings().remove(m_key); }
    bool isSet() const { return QSettings().contains(m_key); }

    const QString& key() const { return m_key; }
    const T& defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

} // namespace trapline::ui
