enum E: Error { case bad }
let r: Result<Int, Error> = .success(2)
print([r])
print(type(of: r))
let errs: [Error] = [E.bad]
print(type(of: errs))
let d: [String: any Error] = ["a": E.bad]
print(type(of: d), type(of: Optional<any Error>.none))
let f: Result<Double, any Error> = .failure(E.bad)
print(f, [f])
// expect: [Swift.Result<Swift.Int, Swift.Error>.success(2)]
// expect: Result<Int, Error>
// expect: Array<Error>
// expect: Dictionary<String, Error> Optional<Error>
// expect: failure(main.E.bad) [Swift.Result<Swift.Double, Swift.Error>.failure(main.E.bad)]
