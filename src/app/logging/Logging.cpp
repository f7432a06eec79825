#include "app/logging/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace ingot {

QString Logging::logFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs/ingotdesk.log");
}

void Logging::init(Target target)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (target == Target::CliStderr) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(spdlog::level::warn);  // stdout/stderr carry the contract's output; keep it clean
        err->set_pattern("%^%l%$: %v");
        sinks.push_back(err);
    }
    if (target != Target::Quiet) {
        const QString path = logFilePath();
        if (QDir().mkpath(QFileInfo(path).absolutePath())) {
            try {
                auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.toStdString(), 5 * 1024 * 1024, 3);
                file->set_level(spdlog::level::info);
                sinks.push_back(file);
            } catch (const spdlog::spdlog_ex&) {
                // A read-only home must not stop the program; stderr still works.
            }
        }
    }
    auto logger = std::make_shared<spdlog::logger>("ingotdesk", sinks.begin(), sinks.end());
    logger->set_level(target == Target::Quiet ? spdlog::level::off : spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
}

}  // namespace ingot
