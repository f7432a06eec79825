#include "app/storage/ChangeFeed.h"

#include "app/storage/PostgresChangeFeed.h"
#include "app/storage/SqliteChangeFeed.h"
#include "app/storage/StoreOpener.h"

#include <QFileInfo>

namespace ingot {

const QString ChangeFeed::kChannel = QStringLiteral("ingotdesk_tickets");

std::unique_ptr<ChangeFeed> ChangeFeed::forDatabase(const QString& setting)
{
    if (StoreOpener::isPostgres(setting)) {
        auto settings = StoreOpener::postgresSettings(setting);
        if (!settings)
            return nullptr;
        return std::make_unique<PostgresChangeFeed>(std::move(settings).value());
    }
    return std::make_unique<SqliteChangeFeed>(QFileInfo(setting).absoluteFilePath());
}

}  // namespace ingot
