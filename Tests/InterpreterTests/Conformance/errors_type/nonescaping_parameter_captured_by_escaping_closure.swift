func delayed(_ h: () -> Int) -> () -> Int {
    let later = { h() + 1 }
    return later
}
print(delayed { 1 }())
// expect error: 2:17 escaping closure captures non-escaping parameter 'h'
