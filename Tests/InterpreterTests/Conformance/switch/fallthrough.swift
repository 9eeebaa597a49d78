for k in 1...4 {
    switch k {
    case 1:
        print("one")
        fallthrough
    case 2:
        print("one or two")
        if k == 2 { fallthrough }
    case 3:
        let label = "up to three"
        print(label)
    default:
        print("other", k)
    }
}
// expect: one
// expect: one or two
// expect: one or two
// expect: up to three
// expect: up to three
// expect: other 4
