#pragma once

#include <QChartView>

namespace DriveDeck {

// A chart on a page: a QChartView that shows when it has the keyboard's focus (Tab reaches
// it, and its context menu copies or saves the chart), which Qt's own view does not.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace DriveDeck
