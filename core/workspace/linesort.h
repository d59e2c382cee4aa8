#pragma once

#include <QByteArrayView>
#include <Qt>

#include <cstdint>
#include <functional>
#include <vector>

// Sorts rows by their lines' raw bytes (as memcmp orders them), stably both ways; lineOf(row) gives a row's
// line and is called once per row, from several threads at once.
void sortRowsByLine(std::vector<std::uint32_t>& rows, Qt::SortOrder order, const std::function<QByteArrayView(std::uint32_t row)>& lineOf);
