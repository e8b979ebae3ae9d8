#include "output/report/svg_parts.hpp"

#include <cmath>
#include <cstdio>

#include "output/report/svg_chart.hpp"

namespace wfsim::output::report::svg {

std::string fixed(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", v);
    return buffer;
}

double nice_step(double range, int target) {
    const double rough = range / target;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= rough) return m * magnitude;
    return 10 * magnitude;
}

std::string open_chart(const std::string& id, double width, double height, const std::string& title,
                       const std::string& subtitle) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"" + escape_xml(id) +
           "\" viewBox=\"0 0 " + fixed(width) + " " + fixed(height) + "\" width=\"" + fixed(width) +
           "\" height=\"" + fixed(height) +
           "\" role=\"img\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\">"
           "<title>" +
           escape_xml(title) +
           "</title><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
           "<text x=\"8\" y=\"18\" font-size=\"14\" font-weight=\"bold\">" +
           escape_xml(title) + "</text><text x=\"8\" y=\"35\" fill=\"#333333\">" +
           escape_xml(subtitle) + "</text>";
}

}  // namespace wfsim::output::report::svg
