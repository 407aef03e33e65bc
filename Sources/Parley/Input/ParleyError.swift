/// An error a user can act on: what went wrong, with which input, and what to do.
public struct ParleyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is, for callers that branch on it.
    public enum Code: String, Sendable, Hashable {
        case notFound, isDirectory, unreadable, binary, invalidUTF8, empty, tooLarge, invalidDate, malformedInput,
             malformedModel, storeFailure, invalidArgument
    }

    public var code: Code
    /// The file or input the problem is in ("-" for standard input).
    public var input: String
    /// What is wrong, in a few words.
    public var problem: String
    /// What the user can do about it.
    public var fix: String

    public init(_ code: Code, input: String, problem: String, fix: String) {
        self.code = code
        self.input = input
        self.problem = problem
        self.fix = fix
    }

    /// One line: `INPUT: PROBLEM; FIX`.
    public var description: String { "\(input): \(problem); \(fix)" }
}
