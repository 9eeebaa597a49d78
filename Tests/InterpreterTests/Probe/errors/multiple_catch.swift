enum FileError: Error { case notFound, denied }
func open(_ name: String) throws -> String {
    if name == "secret" { throw FileError.denied }
    if name.isEmpty { throw FileError.notFound }
    return "contents of \(name)"
}
for name in ["notes", "secret", ""] {
    do {
        print(try open(name))
    } catch FileError.notFound {
        print("not found")
    } catch FileError.denied {
        print("denied")
    } catch {
        print("?")
    }
}
