import Foundation

/// A chart title made from the question: "Plot the number of customers by plan type?" →
/// "Number of customers by plan type".
enum TitleMaker {
    private static let leadingPhrases: [[String]] = [
        ["can", "you"], ["could", "you"], ["please"], ["show", "me"], ["give", "me"], ["show"], ["give"], ["display"],
        ["create"], ["make"], ["draw"], ["plot"], ["chart"], ["graph"], ["visualize"], ["visualise"], ["what", "is"],
        ["what", "are"], ["what's"], ["a", "bar", "chart", "of"], ["a", "line", "chart", "of"], ["a", "histogram", "of"],
        ["a", "chart", "of"], ["a", "graph", "of"], ["a", "plot", "of"], ["a", "pie", "chart", "of"], ["the"], ["a"], ["me"],
    ]

    static func title(for question: String) -> String {
        var words = question.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        var changed = true
        while changed && words.count > 1 {
            changed = false
            for phrase in leadingPhrases where words.count > phrase.count {
                let head = words.prefix(phrase.count).map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
                if head == phrase {
                    words.removeFirst(phrase.count)
                    changed = true
                    break
                }
            }
        }
        var title = words.joined(separator: " ")
        while let last = title.last, ".?!;:".contains(last) { title.removeLast() }
        guard let first = title.first else { return question }
        return first.uppercased() + title.dropFirst()
    }
}
