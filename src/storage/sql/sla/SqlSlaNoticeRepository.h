#pragma once

#include "core/repositories/SlaRepositories.h"

namespace ingot {

class SqlConnection;

class SqlSlaNoticeRepository final : public SlaNoticeRepository {
public:
    explicit SqlSlaNoticeRepository(SqlConnection& connection) : m_c(connection) {}
    Result<bool> claim(const SlaNotice& notice) override;

private:
    SqlConnection& m_c;
};

} // namespace ingot
