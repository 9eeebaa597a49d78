var i = 0
loop: while i < 10 {
    i += 1
    switch i {
    case 3: continue loop
    case 5: break loop
    default: print(i)
    }
}
// expect: 1
// expect: 2
// expect: 4
