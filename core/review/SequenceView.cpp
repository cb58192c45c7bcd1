#include "SequenceView.h"
#include "Tr.h"

#include "project/Project.h"

#include <QCoreApplication>

namespace trapline::review {

namespace {

constexpr const char* kLabelColumns =
    "o.id, o.observation_type, o.taxon_id, t.scientific_name, coalesce(t.common_name, ''), o.count, o.individual_id,"
    " coalesce(i.name, ''), o.method = 'human', o.confidence, coalesce(o.notes, '')";
constexpr const char* kLabelJoins =
    " FROM observations o LEFT JOIN taxa t ON t.id = o.taxon_id LEFT JOIN individuals i ON i.id = o.individual_id";

QString taxonDisplay(const QString& scientific, const QString& common)
{
    if (scientific.isEmpty())
        return {};
    return common.isEmpty() || common == scientific ? scientific : QStringLiteral("%1 (%2)").arg(common, scientific);
}

LabelView readLabel(const db::Statement& st)
{
    LabelView l;
    l.observationId = st.integer(0);
    l.observationType = st.text(1);
    l.taxonId = st.optInteger(2);
    l.taxonName = taxonDisplay(st.text(3), st.text(4));
    l.shortName = st.text(4).isEmpty() ? st.text(3) : st.text(4);
    if (!st.isNull(5))
        l.count = static_cast<int>(st.integer(5));
    l.individualId = st.optInteger(6);
    l.individualName = st.text(7);
    l.human = st.integer(8) != 0;
    l.confidence = st.optReal(9);
    l.notes = st.text(10);
    return l;
}

} // namespace

QString LabelView::shortText() const
{
    QString out = shortName.isEmpty() ? observationType : shortName;
    if (count && *count > 1)
        out += QStringLiteral(" \u00d7%1").arg(*count);
    return out;
}

QString LabelView::text() const
{
    QString out = taxonName.isEmpty() ? observationType : taxonName;
    if (count && *count > 1)
        out += QStringLiteral(" \u00d7%1").arg(*count);
    if (!individualName.isEmpty())
        out += QStringLiteral(" [%1]").arg(individualName);
    return out;
}

Result<SequenceView> loadSequence(Project& project, std::int64_t sequenceId)
{
    SequenceView view;
    try {
        auto& db = project.db();
        auto& seq = db.cached("SELECT s.id, s.deployment_id, s.start_ms, s.end_ms, s.frame_count, s.review_state,"
                              " s.grouped_by, d.name FROM sequences s JOIN deployments d ON d.id = s.deployment_id"
                              " WHERE s.id = ?1");
        seq.bind(1, sequenceId);
        if (!seq.step())
            return Error{ReviewText::tr("There is no sequence %1 in this project.").arg(sequenceId)};
        auto& s = view.summary;
        s.id = seq.integer(0);
        s.deploymentId = seq.integer(1);
        s.startMs = seq.integer(2);
        s.endMs = seq.integer(3);
        s.frameCount = static_cast<int>(seq.integer(4));
        s.reviewState = static_cast<ReviewState>(seq.integer(5));
        s.groupedBy = seq.text(6);
        view.deploymentName = seq.text(7);
        seq.reset();

        auto& labels = db.cached(std::string("SELECT ") + kLabelColumns + kLabelJoins +
                                 " WHERE o.sequence_id = ?1 AND o.media_id IS NULL AND o.method = 'human' ORDER BY o.id");
        labels.bind(1, sequenceId);
        while (labels.step())
            view.labels.push_back(readLabel(labels));
        labels.reset();

        auto& prediction = db.cached(
            "SELECT p.observation_type, p.taxon_id, t.scientific_name, coalesce(t.common_name, ''), p.label, p.confidence"
            " FROM sequence_predictions p LEFT JOIN taxa t ON t.id = p.taxon_id WHERE p.sequence_id = ?1"
            " ORDER BY p.confidence DESC LIMIT 1");
        prediction.bind(1, sequenceId);
        if (prediction.step()) {
            LabelView p;
            p.observationType = prediction.text(0);
            p.taxonId = prediction.optInteger(1);
            p.taxonName = taxonDisplay(prediction.text(2), prediction.text(3));
            p.shortName = prediction.text(3).isEmpty() ? prediction.text(2) : prediction.text(3);
            if (p.taxonName.isEmpty() && p.observationType == u"animal")
                p.taxonName = prediction.text(4);
            p.confidence = prediction.optReal(5);
            view.prediction = p;
            prediction.reset();
        }

        auto media = project.mediaOfSequence(sequenceId);
        if (!media)
            return media.error();
        auto& flag = db.cached("SELECT coalesce(review_flag, '') FROM media WHERE id = ?1");
        auto& frameLabel = db.cached(std::string("SELECT ") + kLabelColumns + kLabelJoins +
                                     " WHERE o.media_id = ?1 AND o.detection_id IS NULL AND o.method = 'human'"
                                     " ORDER BY o.id DESC LIMIT 1");
        auto& boxes = db.cached("SELECT id, x, y, w, h, source = 'human', coalesce(review, ''), category, confidence"
                                " FROM detections WHERE media_id = ?1 AND (review IS NULL OR review != 'rejected')"
                                " ORDER BY id");
        auto& boxLabel = db.cached(std::string("SELECT ") + kLabelColumns + kLabelJoins +
                                   " WHERE o.detection_id = ?1 ORDER BY o.method = 'human' DESC, o.id DESC LIMIT 1");
        for (MediaRecord& m : media.value()) {
            FrameView frame;
            flag.bind(1, m.id);
            if (flag.step())
                frame.reviewFlag = flag.text(0);
            flag.reset();
            frameLabel.bind(1, m.id);
            if (frameLabel.step())
                frame.frameLabel = readLabel(frameLabel);
            frameLabel.reset();
            boxes.bind(1, m.id);
            while (boxes.step()) {
                BoxView b;
                b.detectionId = boxes.integer(0);
                b.box = Box{boxes.real(1), boxes.real(2), boxes.real(3), boxes.real(4)};
                b.human = boxes.integer(5) != 0;
                b.review = boxes.text(6);
                b.category = boxes.text(7);
                b.confidence = boxes.optReal(8);
                frame.boxes.push_back(b);
            }
            boxes.reset();
            for (BoxView& b : frame.boxes) {
                boxLabel.bind(1, b.detectionId);
                if (boxLabel.step())
                    b.label = readLabel(boxLabel);
                boxLabel.reset();
            }
            frame.media = std::move(m);
            view.frames.push_back(std::move(frame));
        }
        return view;
    } catch (const db::DbError& e) {
        return Error{ReviewText::tr("Cannot read sequence %1: %2").arg(sequenceId).arg(e.what())};
    }
}

QStringList effectiveLabels(const SequenceView& sequence, const FrameView& frame)
{
    QStringList out;
    for (const BoxView& b : frame.boxes)
        if (b.label && b.label->human)
            out << b.label->text();
    if (!out.isEmpty())
        return out;
    if (frame.frameLabel)
        return {frame.frameLabel->text()};
    for (const LabelView& l : sequence.labels)
        out << l.text();
    return out;
}

} // namespace trapline::review
