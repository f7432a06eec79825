#pragma once

#include "core/repositories/SlaRepositories.h"

namespace ingot {

class SqliteConnection;

class SqliteSlaNoticeRepository final : public SlaNoticeRepository {
public:
    explicit SqliteSlaNoticeRepository(SqliteConnection& connection) : m_c(connection) {}
    Result<bool> claim(const SlaNotice& notice) override;

private:
    SqliteConnection& m_c;
};

} // namespace ingot
