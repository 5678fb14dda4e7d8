#!/usr/bin/env bash
# Creates (or reuses) a kind cluster, builds and loads both images, installs an OpenTelemetry
# Collector and the phigate chart, and the synthetic upstreams. Called by the e2e suite's session
# fixture; safe to run by hand. Needs docker (with a running engine), kind, helm and kubectl.
set -euo pipefail
cd "$(dirname "$0")/../.."
CLUSTER="${PHIGATE_KIND_CLUSTER:-phigate-e2e}"
TAG=e2e

if ! kind get clusters 2>/dev/null | grep -qx "$CLUSTER"; then
  kind create cluster --name "$CLUSTER" --wait 180s
fi
kubectl config use-context "kind-$CLUSTER" >/dev/null

docker build -q -f operator/Dockerfile -t "phigate/operator:$TAG" .
docker build -q -f sidecar/Dockerfile -t "phigate/sidecar:$TAG" .
kind load docker-image --name "$CLUSTER" "phigate/operator:$TAG" "phigate/sidecar:$TAG"

kubectl apply -f tests/e2e/manifests/collector.yaml
kubectl -n observability rollout status deploy/otel-collector --timeout=180s

helm upgrade --install phigate charts/phigate -n phigate-system --create-namespace --wait --timeout 5m \
  --set image.operator.tag=$TAG --set image.sidecar.tag=$TAG \
  --set image.operator.pullPolicy=Never --set image.sidecar.pullPolicy=Never \
  --set otel.endpoint=http://otel-collector.observability:4318

kubectl apply -f tests/e2e/manifests/upstreams.yaml
kubectl -n ehr create configmap e2e-mocks --from-file=tests/e2e/mocks/ --dry-run=client -o yaml | kubectl apply -f -
kubectl -n ehr rollout status deploy/fhir --timeout=180s
kubectl -n ehr rollout status deploy/llm --timeout=180s
