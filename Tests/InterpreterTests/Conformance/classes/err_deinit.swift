class Resource {
    var open = true
    deinit { print("closed") }
}
// expect error: 3:5 not supported in experiment blocks: deinitializers ('deinit')
