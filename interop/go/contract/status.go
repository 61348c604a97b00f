package contract

import (
	"context"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// deadlineSkew: a client's deadline timer fires first, and its cancel can
// arrive just before our copy of the deadline passes.
const deadlineSkew = 100 * time.Millisecond

func statusFromContext(ctx context.Context) error {
	if deadline, ok := ctx.Deadline(); ok && time.Until(deadline) < deadlineSkew {
		return status.Error(codes.DeadlineExceeded, "deadline exceeded")
	}
	return status.FromContextError(ctx.Err()).Err()
}
